package mx.pnt.command.solicitud;

import mx.pnt.events.solicitud.MedioDePresentacion;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The acuse de recibo (Lineamientos, Segundo I; LGTAIP 2025, art. 125): folio, date and hour of reception, the
 * date it legally counts as received, and the response deadline with the article that grounds it.
 */
public record AcuseDeRecibo(String folio, String sujetoObligadoId, String sujetoObligado, MedioDePresentacion medio,
                            LocalDateTime fechaHoraDeRecepcion, String zonaHoraria, String desfaseUtc,
                            LocalDate fechaDeRecepcionLegal, LocalDate vencimientoDeRespuesta,
                            int diasHabilesDeRespuesta, String fundamentoDelPlazo) {
}
