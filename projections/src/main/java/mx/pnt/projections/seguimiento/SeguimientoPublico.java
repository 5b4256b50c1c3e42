package mx.pnt.projections.seguimiento;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What a citizen sees when tracking a folio: status and dates, never who asked. */
public record SeguimientoPublico(String folio, String sujetoObligadoId, String sujetoObligado, String medio,
                                 String estado, LocalDateTime fechaHoraDeRecepcion, String zonaHoraria,
                                 LocalDate fechaDeRecepcionLegal, LocalDate vencimientoDeRespuesta,
                                 String fundamentoDelPlazo) {
}
