package mx.pnt.command.solicitud;

import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.TipoDeSolicitud;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The acuse de recibo (Lineamientos, Segundo I; LGTAIP 2025, art. 125): folio, date and hour of reception, the
 * date it legally counts as received, and the response deadline with the article that grounds it. While a
 * suspension "hasta nuevo aviso" stops the plazo, the deadline is null and {@code plazoSuspendidoDesde} says from when
 * (the legal reception date is null too when the suspension holds the reception itself). {@code presentacion} links
 * the solicitudes of one solicitud múltiple.
 */
public record AcuseDeRecibo(String folio, String sujetoObligadoId, String sujetoObligado, MedioDePresentacion medio,
                            LocalDateTime fechaHoraDeRecepcion, String zonaHoraria, String desfaseUtc,
                            LocalDate fechaDeRecepcionLegal, LocalDate vencimientoDeRespuesta,
                            LocalDate plazoSuspendidoDesde, int diasHabilesDeRespuesta, String fundamentoDelPlazo,
                            TipoDeSolicitud tipo, MedioDeEntrada medioDeEntrada, String presentacion) {
}
