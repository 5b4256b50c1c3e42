package mx.pnt.projections.expediente;

import java.time.LocalDate;

/**
 * A deadline as an actuación recorded it, with its proof in words.
 *
 * @param registradoPor the event that recorded it
 * @param calendarios   every calendar combined, at the revision used
 * @param explicacion   the computo, day by day
 */
public record PlazoDelExpediente(String paso, LocalDate disparo, LocalDate inicio, LocalDate vencimiento,
                                 LocalDate suspendidoDesde, int dias, String fundamento, String calendarios,
                                 String explicacion, String folio, long secuencia, String registradoPor) {
}
