package mx.pnt.plazos;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An official working calendar as of one revision: zone, reception hours, días inhábiles and suspensions.
 *
 * <p>Immutable: every change returns a new calendar. The revision is set by the caller (the calendar
 * aggregate's sequence), not bumped here, so that a replay rebuilds exactly the revision that was used.
 */
public final class CalendarioLaboral {

    private final ZoneId zona;
    /**
     * Reception hours by the date from which each is in force (Cuadragésimo noveno): a reception is judged by the
     * hours of its own date, so a later change of hours never moves a reception already made.
     */
    private final TreeMap<LocalDate, HorarioRecepcion> horarios;
    /** Keyed by date for O(1) lookups: a 60-day plazo asks about ~90 dates. */
    private final Map<LocalDate, DiaInhabil> diasInhabiles;
    private final List<Suspension> suspensiones;
    private final long revision;

    private CalendarioLaboral(ZoneId zona, Map<LocalDate, HorarioRecepcion> horarios,
                              Map<LocalDate, DiaInhabil> diasInhabiles, List<Suspension> suspensiones, long revision) {
        this.zona = Objects.requireNonNull(zona, "zona");
        this.horarios = new TreeMap<>(horarios);
        if (this.horarios.isEmpty() || !this.horarios.firstKey().equals(LocalDate.MIN)) {
            throw new IllegalArgumentException("El calendario necesita un horario de recepción desde su apertura");
        }
        this.diasInhabiles = Collections.unmodifiableMap(new HashMap<>(diasInhabiles));
        this.suspensiones = List.copyOf(suspensiones);
        this.revision = revision;
    }

    public static CalendarioLaboral de(ZoneId zona, HorarioRecepcion horario) {
        return new CalendarioLaboral(zona, Map.of(LocalDate.MIN, Objects.requireNonNull(horario, "horario")),
                Map.of(), List.of(), 0L);
    }

    public ZoneId zona() {
        return zona;
    }

    /** The hours in force from the latest change on (the current hours once every announced change began). */
    public HorarioRecepcion horario() {
        return horarios.lastEntry().getValue();
    }

    /** The hours that govern a reception on {@code fecha}. */
    public HorarioRecepcion horarioAl(LocalDate fecha) {
        return horarios.floorEntry(fecha).getValue();
    }

    /** Every change of hours by the date it takes effect; the first key is {@link LocalDate#MIN}. */
    public Map<LocalDate, HorarioRecepcion> horarios() {
        return Collections.unmodifiableMap(horarios);
    }

    /** Sorted by date. */
    public List<DiaInhabil> diasInhabiles() {
        List<DiaInhabil> lista = new ArrayList<>(diasInhabiles.values());
        lista.sort(Comparator.comparing(DiaInhabil::fecha));
        return Collections.unmodifiableList(lista);
    }

    /** In the order they were decreed. */
    public List<Suspension> suspensiones() {
        return suspensiones;
    }

    public long revision() {
        return revision;
    }

    public boolean esDiaHabil(LocalDate fecha) {
        DayOfWeek dia = fecha.getDayOfWeek();
        if (dia == DayOfWeek.SATURDAY || dia == DayOfWeek.SUNDAY || diasInhabiles.containsKey(fecha)) {
            return false;
        }
        for (Suspension s : suspensiones) {
            if (s.incluye(fecha)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a date is not hábil; empty when it is. When several reasons apply, the weekend wins (it needs no
     * agreement), then the día inhábil, then the earliest-decreed suspension.
     */
    public Optional<Omision> motivoDeOmision(LocalDate fecha) {
        DayOfWeek dia = fecha.getDayOfWeek();
        if (dia == DayOfWeek.SATURDAY || dia == DayOfWeek.SUNDAY) {
            return Optional.of(new Omision(MotivoOmision.FIN_DE_SEMANA, FormatoLegal.diaDeLaSemana(dia), null));
        }
        DiaInhabil inhabil = diasInhabiles.get(fecha);
        if (inhabil != null) {
            return Optional.of(new Omision(MotivoOmision.DIA_INHABIL, inhabil.motivo(), inhabil.fundamento()));
        }
        for (Suspension s : suspensiones) {
            if (s.incluye(fecha)) {
                return Optional.of(new Omision(MotivoOmision.SUSPENSION, s.motivo(), s.fundamento()));
            }
        }
        return Optional.empty();
    }

    /**
     * The open-ended suspension ("hasta nuevo aviso") that covers {@code fecha}, if any: from it on no day counts
     * until a lifting, so a computo stops there instead of searching for a día hábil that does not exist yet.
     */
    public Optional<Suspension> suspensionIndefinidaAl(LocalDate fecha) {
        for (Suspension s : suspensiones) {
            if (s.indefinida() && s.incluye(fecha)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Declares (or re-declares, replacing the reason) a día inhábil. */
    public CalendarioLaboral conDiaInhabil(DiaInhabil dia) {
        Map<LocalDate, DiaInhabil> nuevos = new HashMap<>(diasInhabiles);
        nuevos.put(dia.fecha(), dia);
        return new CalendarioLaboral(zona, horarios, nuevos, suspensiones, revision);
    }

    /** Revokes a día inhábil; a no-op when the date was not declared. */
    public CalendarioLaboral sinDiaInhabil(LocalDate fecha) {
        Map<LocalDate, DiaInhabil> nuevos = new HashMap<>(diasInhabiles);
        nuevos.remove(fecha);
        return new CalendarioLaboral(zona, horarios, nuevos, suspensiones, revision);
    }

    public CalendarioLaboral conSuspension(Suspension suspension) {
        Objects.requireNonNull(suspension, "suspension");
        List<Suspension> nuevas = new ArrayList<>(suspensiones);
        nuevas.add(suspension);
        return new CalendarioLaboral(zona, horarios, diasInhabiles, nuevas, revision);
    }

    /** Lifts a suspension (equal by value); a no-op when absent. */
    public CalendarioLaboral sinSuspension(Suspension suspension) {
        List<Suspension> nuevas = new ArrayList<>(suspensiones);
        nuevas.remove(suspension);
        return new CalendarioLaboral(zona, horarios, diasInhabiles, nuevas, revision);
    }

    /** The same hours on every date (replacing the whole history). */
    public CalendarioLaboral conHorario(HorarioRecepcion nuevo) {
        return new CalendarioLaboral(zona, Map.of(LocalDate.MIN, Objects.requireNonNull(nuevo, "horario")),
                diasInhabiles, suspensiones, revision);
    }

    /** New hours from {@code vigenteDesde} on; receptions before that date keep the hours they had. */
    public CalendarioLaboral conHorarioDesde(LocalDate vigenteDesde, HorarioRecepcion nuevo) {
        Map<LocalDate, HorarioRecepcion> nuevos = new TreeMap<>(horarios.headMap(vigenteDesde));
        nuevos.put(vigenteDesde, Objects.requireNonNull(nuevo, "horario"));
        return new CalendarioLaboral(zona, nuevos, diasInhabiles, suspensiones, revision);
    }

    public CalendarioLaboral conZona(ZoneId nueva) {
        return new CalendarioLaboral(nueva, horarios, diasInhabiles, suspensiones, revision);
    }

    public CalendarioLaboral conRevision(long nueva) {
        return new CalendarioLaboral(zona, horarios, diasInhabiles, suspensiones, nueva);
    }

    /**
     * This (the garante's) calendar combined with a sujeto obligado's own registered calendar: a day is inhábil
     * if it is inhábil in either. Zone, hours and revision stay the garante's, since receptions are governed by
     * the garante (Cuadragésimo noveno); on a date declared in both, the garante's reason is kept.
     */
    public CalendarioLaboral combinadoCon(CalendarioLaboral propio) {
        Map<LocalDate, DiaInhabil> union = new HashMap<>(propio.diasInhabiles);
        union.putAll(diasInhabiles);
        List<Suspension> todas = new ArrayList<>(suspensiones);
        for (Suspension s : propio.suspensiones) {
            if (!todas.contains(s)) {
                todas.add(s);
            }
        }
        return new CalendarioLaboral(zona, horarios, union, todas, revision);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CalendarioLaboral)) {
            return false;
        }
        CalendarioLaboral otro = (CalendarioLaboral) o;
        return revision == otro.revision && zona.equals(otro.zona) && horarios.equals(otro.horarios)
                && diasInhabiles.equals(otro.diasInhabiles) && suspensiones.equals(otro.suspensiones);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zona, horarios, diasInhabiles, suspensiones, revision);
    }

    @Override
    public String toString() {
        return "CalendarioLaboral[zona=" + zona + ", horario=" + horario().describir() + ", diasInhabiles="
                + diasInhabiles.size() + ", suspensiones=" + suspensiones.size() + ", revision=" + revision + "]";
    }
}
