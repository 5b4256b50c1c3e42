package mx.pnt.projections.tablero;

import java.time.LocalDate;
import java.util.List;

/**
 * One open item on a board, with its colour on the date asked.
 *
 * @param diasHabilesRestantes días hábiles left after the date asked up to the deadline, inclusive; negative when
 *                             overdue (días hábiles since); null without a deadline
 * @param calendarios          the calendars the count combines, the governing one first
 * @param vencimientoParaResolver of a recurso, the deadline to resolve that runs behind the current step
 */
public record ElementoDelTablero(String pendiente, String clase, String expediente, String detalle, String paso,
                                 String aCargoDe, String garanteId, String sujetoObligadoId,
                                 String sujetoObligadoNombre, List<String> unidadesAdministrativas, String ponenteId,
                                 LocalDate vencimiento, LocalDate suspendidoDesde, String fundamento, String color,
                                 Integer diasHabilesRestantes, List<String> calendarios,
                                 LocalDate vencimientoParaResolver) {
}
