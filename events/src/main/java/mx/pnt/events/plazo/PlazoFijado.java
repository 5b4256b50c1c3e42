package mx.pnt.events.plazo;

import mx.pnt.plazos.Computo;

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
 * @param computo            the proof as shown at the time: every date from the trigger to the deadline, counted
 *                           or skipped with its reason and agreement; kept so a court sees exactly what was shown
 */
public record PlazoFijado(String paso, LocalDate disparo, LocalDate inicio, LocalDate vencimiento, int dias,
                          String conjuntoDeReglas, String fundamento, String calendarioId, long revisionCalendario,
                          Computo computo) {

    /** Same deadline, whatever the proof's wording: what decides whether a recalculation changed anything. */
    public boolean mismasFechas(PlazoFijado otro) {
        return otro != null && disparo.equals(otro.disparo) && inicio.equals(otro.inicio)
                && vencimiento.equals(otro.vencimiento) && dias == otro.dias;
    }
}
