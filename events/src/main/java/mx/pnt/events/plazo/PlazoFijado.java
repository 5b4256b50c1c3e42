package mx.pnt.events.plazo;

import mx.pnt.plazos.Computo;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.Recepcion;
import mx.pnt.plazos.Reinicio;
import mx.pnt.plazos.reglas.ReglaDePlazo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A deadline as decided on the command side and recorded in an event: enough to show it and to compute it again
 * from what was recorded alone (the rule applied, the steps the procedure added, and the exact calendar
 * revisions), never from the configuration as it stands later.
 *
 * @param paso                   the step of the procedure (e.g. RESPUESTA)
 * @param disparo                the date whose next día hábil is day 1 (Cuadragésimo sexto)
 * @param inicio                 day 1; null when a suspension "hasta nuevo aviso" came before it
 * @param vencimiento            day N, the last día hábil to act; null while a suspension "hasta nuevo aviso" stops
 *                               the plazo (the computo's last day then says from when)
 * @param dias                   N, including ampliaciones
 * @param conjuntoDeReglas       the rule set that governs the procedure (e.g. LGTAIP-2025, or a Ley Local's key)
 * @param versionDeConfiguracion revision of the garante's plazos configuration whose Ley Local was applied; 0 when
 *                               the garante had adopted none
 * @param regla                  the rule applied, as it was: días, law and article
 * @param ampliaciones           ampliaciones granted, in order (Sexagésimo cuarto): a recomputation replays them
 * @param reinicio               the restart after a desahogo (Quincuagésimo noveno), null when none
 * @param fundamento             the article that grounds N (e.g. "LGTAIP 2025, art. 134"), for display
 * @param calendarioId           the governing calendar (the garante's)
 * @param calendarios            every calendar combined, each at the revision used
 * @param computo                the proof as shown at the time: every date from the trigger to the deadline,
 *                               counted or skipped with its reason and agreement
 *                               (stored one number per date since the revisions of the events that carry a
 *                               plazo listed in the app's {@code ComputoDiaPorDia}; every date is still stored)
 */
public record PlazoFijado(String paso, LocalDate disparo, LocalDate inicio, LocalDate vencimiento, int dias,
                          String conjuntoDeReglas, long versionDeConfiguracion, ReglaDePlazo regla,
                          List<ReglaDePlazo> ampliaciones, Reinicio reinicio, String fundamento, String calendarioId,
                          List<RevisionDeCalendario> calendarios, Computo computo) {

    public PlazoFijado {
        ampliaciones = ampliaciones == null ? List.of() : List.copyOf(ampliaciones);
        calendarios = calendarios == null ? List.of() : List.copyOf(calendarios);
    }

    /** Same deadline, whatever the proof's wording: what decides whether a recalculation changed anything. */
    public boolean mismasFechas(PlazoFijado otro) {
        return otro != null && disparo.equals(otro.disparo) && Objects.equals(inicio, otro.inicio)
                && Objects.equals(vencimiento, otro.vencimiento) && dias == otro.dias;
    }

    /** Stopped by a suspension "hasta nuevo aviso": no deadline until it is lifted. */
    public boolean suspendido() {
        return vencimiento == null;
    }

    /** Whether {@code fecha} is still within the plazo; a plazo stopped by a suspension still runs. */
    public boolean corre(LocalDate fecha) {
        return suspendido() || !fecha.isAfter(vencimiento);
    }

    /**
     * Whether a reception is in time for the plazo: it takes effect on a day the plazo still runs, or it is held by a
     * suspension "hasta nuevo aviso" (no day of effect yet, so not late).
     */
    public boolean admite(Recepcion recepcion) {
        return recepcion.pendiente() || corre(recepcion.fechaEfectiva());
    }

    /** The first day of the suspension "hasta nuevo aviso" that stopped the plazo; null when it runs. */
    public LocalDate suspendidoDesde() {
        return suspendido() ? computo.detenidoDesde() : null;
    }

    /**
     * The plazo as the engine continues it (an ampliación, a restart): the same dates, steps and proof. The exact
     * calendar revisions stay in {@link #calendarios}.
     */
    public Plazo comoPlazo() {
        return new Plazo(disparo, inicio, vencimiento, dias, regla, ampliaciones, 0, computo, reinicio);
    }

    /** e.g. "garante:federal@12, plataforma@3". */
    public String describirCalendarios() {
        return calendarios.stream().map(RevisionDeCalendario::describir).collect(Collectors.joining(", "));
    }
}
