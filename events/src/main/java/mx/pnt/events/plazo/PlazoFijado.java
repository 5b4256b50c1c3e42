package mx.pnt.events.plazo;

import java.time.LocalDate;

/**
 * A deadline as decided on the command side and recorded in an event: enough to show it and to prove it again
 * (the rule, the law's article and the calendar revision that produced it).
 *
 * @param paso               the step of the procedure (e.g. RESPUESTA)
 * @param disparo            the date whose next día hábil is day 1 (Cuadragésimo sexto)
 * @param inicio             day 1
 * @param vencimiento        day N, the last día hábil to act
 * @param dias               N, including ampliaciones
 * @param conjuntoDeReglas   the rule set that governs the procedure (e.g. LGTAIP-2025)
 * @param fundamento         the article that grounds N (e.g. "LGTAIP 2025, art. 134")
 * @param calendarioId       the calendar used
 * @param revisionCalendario the calendar revision used
 */
public record PlazoFijado(String paso, LocalDate disparo, LocalDate inicio, LocalDate vencimiento, int dias,
                          String conjuntoDeReglas, String fundamento, String calendarioId, long revisionCalendario) {
}
