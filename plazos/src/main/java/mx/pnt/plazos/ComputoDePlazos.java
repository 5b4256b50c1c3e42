package mx.pnt.plazos;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import mx.pnt.plazos.reglas.ReglaDePlazo;

/**
 * The deadline engine. Stateless and pure: every input is a parameter (no clock, no default zone or locale),
 * so the same inputs give the same deadline on any server, today or in a replay.
 */
public final class ComputoDePlazos {

    private ComputoDePlazos() {
    }

    /**
     * When a solicitud counts as received: the same local day if it is hábil and the reception is before the
     * closing hour; otherwise the next día hábil (Lineamientos, Cuadragésimo noveno, last paragraph). Hours are
     * the garante's, in its zone: an instant observed in another zone is re-observed in the calendar's zone.
     */
    public static Recepcion recepcionEfectiva(InstanteLegal recibido, CalendarioLaboral cal) {
        Objects.requireNonNull(recibido, "recibido");
        Objects.requireNonNull(cal, "cal");
        InstanteLegal local = recibido.zona().equals(cal.zona().getId())
                ? recibido : InstanteLegal.observar(recibido.instante(), cal.zona());
        LocalDate fecha = local.fechaLocal();
        LocalTime hora = local.horaLocal();
        List<DiaDelComputo> dias = new ArrayList<>();
        Optional<Omision> omision = cal.motivoDeOmision(fecha);
        HorarioRecepcion horario = cal.horarioAl(fecha);
        if (omision.isEmpty() && horario.despuesDelCierre(hora)) {
            omision = Optional.of(new Omision(MotivoOmision.FUERA_DE_HORARIO, "recibida a las "
                    + FormatoLegal.hora(hora) + ", fuera del horario de recepción (" + horario.describir()
                    + ")", null));
        }
        while (true) {
            Optional<DiaDelComputo> detenido = detencion(fecha, cal);
            if (detenido.isPresent()) {
                // Suspended "hasta nuevo aviso": the reception counts from the first día hábil after the lifting,
                // which no one knows yet.
                dias.add(detenido.get());
                return new Recepcion(recibido, null, new Computo(dias));
            }
            if (omision.isEmpty()) {
                break;
            }
            dias.add(DiaDelComputo.omitido(fecha, omision.get()));
            fecha = fecha.plusDays(1);
            omision = cal.motivoDeOmision(fecha);
        }
        dias.add(DiaDelComputo.contado(fecha, 1, 1));
        return new Recepcion(recibido, fecha, new Computo(dias));
    }

    /**
     * The plazo that runs from a reception (Cuadragésimo sexto: day 1 is the día hábil after it), with the
     * ampliaciones the procedure granted. While the reception itself waits on a suspension "hasta nuevo aviso" the
     * plazo has not begun: it is suspended, with the reception's proof, and no deadline.
     */
    public static Plazo desdeLaRecepcion(Recepcion recepcion, ReglaDePlazo regla, List<ReglaDePlazo> ampliaciones,
                                         CalendarioLaboral cal) {
        Objects.requireNonNull(recepcion, "recepcion");
        if (!recepcion.pendiente()) {
            return construir(recepcion.fechaEfectiva(), regla, List.copyOf(ampliaciones), cal, null);
        }
        int total = regla.dias() + ampliaciones.stream().mapToInt(ReglaDePlazo::dias).sum();
        return new Plazo(recepcion.computo().dias().get(0).fecha(), null, null, total, regla, ampliaciones,
                cal.revision(), recepcion.computo(), null);
    }

    /**
     * An N-day plazo triggered on {@code disparo}: day 1 is the first día hábil after it (Lineamientos,
     * Cuadragésimo sexto; Quincuagésimo primero) and the deadline is day N.
     */
    public static Plazo computar(LocalDate disparo, ReglaDePlazo regla, CalendarioLaboral cal) {
        return construir(disparo, regla, List.of(), cal, null);
    }

    /**
     * Adds the ampliación's días hábiles after the current deadline (Sexagésimo cuarto; Nonagésimo primero: "agregará
     * ese número de días al reloj"). The computo continues: the days already counted become k of N+M. Use the
     * calendar the plazo was computed with, or {@link #recalcular} first if the calendar has changed.
     */
    public static Plazo ampliar(Plazo plazo, ReglaDePlazo ampliacion, CalendarioLaboral cal) {
        Objects.requireNonNull(ampliacion, "ampliacion");
        List<ReglaDePlazo> ampliaciones = new ArrayList<>(plazo.ampliaciones());
        ampliaciones.add(ampliacion);
        // Counting N+M días from the trigger visits the same dates as counting M more from day N, and relabels
        // the days already counted as k of N+M; it also stays suspended when the plazo is.
        return construir(plazo.disparo(), plazo.regla(), ampliaciones, cal, plazo.reinicio());
    }

    /**
     * The plazo interrupted by a requerimiento de información adicional starts again, in full, the day after
     * the desahogo (Lineamientos, Quincuagésimo noveno; LGTAIP 2025 art. 130): the desahogo is the new trigger.
     * Ampliaciones of the interrupted plazo do not carry over (they must be granted against the new deadline).
     */
    public static Plazo reiniciar(Plazo interrumpido, LocalDate desahogo, CalendarioLaboral cal) {
        Objects.requireNonNull(desahogo, "desahogo");
        if (interrumpido.suspendido()) {
            throw new IllegalArgumentException("Un plazo suspendido hasta nuevo aviso no corre: no hay qué "
                    + "interrumpir ni reiniciar");
        }
        if (desahogo.isBefore(interrumpido.disparo())) {
            throw new IllegalArgumentException("El desahogo (" + FormatoLegal.fecha(desahogo)
                    + ") no puede ser anterior al disparo del plazo (" + FormatoLegal.fecha(interrumpido.disparo()) + ")");
        }
        Reinicio reinicio = interrumpido.reinicio() != null
                ? new Reinicio(interrumpido.reinicio().disparoOriginal(), interrumpido.vencimiento(), desahogo)
                : new Reinicio(interrumpido.disparo(), interrumpido.vencimiento(), desahogo);
        return construir(desahogo, interrumpido.regla(), List.of(), cal, reinicio);
    }

    /**
     * A recorded plazo computed again from what was recorded: its trigger, its rule, the ampliaciones granted and
     * the restart, in that order, replayed on {@code cal}. On the calendar revision it was recorded with, it gives
     * the identical computo.
     */
    public static Plazo repetir(LocalDate disparo, ReglaDePlazo regla, List<ReglaDePlazo> ampliaciones,
                                Reinicio reinicio, CalendarioLaboral cal) {
        return construir(disparo, regla, List.copyOf(ampliaciones), cal, reinicio);
    }

    /**
     * Same trigger, rule, ampliaciones and reinicio, against another calendar revision. A plazo that runs from a
     * reception is recomputed with {@link #desdeLaRecepcion}, since the reception date itself may move.
     */
    public static Plazo recalcular(Plazo plazo, CalendarioLaboral nuevo) {
        return construir(plazo.disparo(), plazo.regla(), plazo.ampliaciones(), nuevo, plazo.reinicio());
    }

    /**
     * Días hábiles left: 0 on the deadline; before it, the días hábiles after {@code fecha} up to and including
     * the deadline; after it, minus the días hábiles elapsed since the deadline. An inhábil day right after
     * the deadline therefore gives 0 although the plazo is over: use {@link Plazo#vencidoAl} to ask that.
     */
    public static int diasHabilesRestantes(LocalDate fecha, LocalDate vencimiento, CalendarioLaboral cal) {
        if (fecha.isBefore(vencimiento)) {
            return habilesEntre(fecha, vencimiento, cal);
        }
        return -habilesEntre(vencimiento, fecha, cal);
    }

    /** Días hábiles in (desde, hasta]. */
    private static int habilesEntre(LocalDate desdeExclusivo, LocalDate hastaInclusivo, CalendarioLaboral cal) {
        int n = 0;
        for (LocalDate d = desdeExclusivo.plusDays(1); !d.isAfter(hastaInclusivo); d = d.plusDays(1)) {
            if (cal.esDiaHabil(d)) {
                n++;
            }
        }
        return n;
    }

    private static Plazo construir(LocalDate disparo, ReglaDePlazo regla, List<ReglaDePlazo> ampliaciones,
                                   CalendarioLaboral cal, Reinicio reinicio) {
        Objects.requireNonNull(disparo, "disparo");
        Objects.requireNonNull(regla, "regla");
        Objects.requireNonNull(cal, "cal");
        int total = regla.dias() + ampliaciones.stream().mapToInt(ReglaDePlazo::dias).sum();
        List<DiaDelComputo> dias = new ArrayList<>(total * 3 / 2 + 8);
        boolean suspendido = !contar(disparo, total, cal, dias);
        Computo computo = new Computo(dias);
        LocalDate inicio = computo.dias().stream().filter(DiaDelComputo::contado).findFirst()
                .map(DiaDelComputo::fecha).orElse(null);
        return new Plazo(disparo, inicio, suspendido ? null : ultimoContado(computo), total, regla, ampliaciones,
                cal.revision(), computo, reinicio);
    }

    /**
     * Appends the dates after {@code desdeExclusivo} until día {@code total} is reached; false when a suspension
     * "hasta nuevo aviso" stops the count first (its first date is then the last one appended).
     */
    private static boolean contar(LocalDate desdeExclusivo, int total, CalendarioLaboral cal,
                                  List<DiaDelComputo> destino) {
        int k = 0;
        LocalDate d = desdeExclusivo;
        while (k < total) {
            d = d.plusDays(1);
            Optional<DiaDelComputo> detenido = detencion(d, cal);
            if (detenido.isPresent()) {
                destino.add(detenido.get());
                return false;
            }
            Optional<Omision> omision = cal.motivoDeOmision(d);
            if (omision.isPresent()) {
                destino.add(DiaDelComputo.omitido(d, omision.get()));
            } else {
                k++;
                destino.add(DiaDelComputo.contado(d, k, total));
            }
        }
        return true;
    }

    /** The day a suspension "hasta nuevo aviso" stops a count, if {@code fecha} lies in one. */
    private static Optional<DiaDelComputo> detencion(LocalDate fecha, CalendarioLaboral cal) {
        return cal.suspensionIndefinidaAl(fecha).map(s -> DiaDelComputo.omitido(fecha,
                new Omision(MotivoOmision.SUSPENSION_INDEFINIDA, s.motivo(), s.fundamento())));
    }

    private static LocalDate ultimoContado(Computo computo) {
        return computo.ultimoContado().orElseThrow().fecha();
    }
}
