package mx.pnt.projections.calendario;

import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Suspension;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official calendars as the read side knows them on a date: what the platform applied that day (the changes
 * recorded up to it). Other read models ask it for a working calendar, e.g. to count the días hábiles a deadline
 * has left on a board, so the read side folds calendar changes in this one place.
 */
@Component
public class CalendariosAlDia {

    /** Working calendars kept folded; a board asks about a handful of calendars and dates at a time. */
    private static final int LABORALES_EN_MEMORIA = 512;

    private final CalendarioRegistradoRepository calendarios;
    private final CambioRegistradoRepository cambios;
    private final NamedParameterJdbcTemplate jdbc;
    /** Folded by (calendar, date, its latest revision): a new change makes a new key, so nothing stale is served. */
    private final Map<Clave, Optional<CalendarioLaboral>> laborales = new ConcurrentHashMap<>();

    public CalendariosAlDia(CalendarioRegistradoRepository calendarios, CambioRegistradoRepository cambios,
                            NamedParameterJdbcTemplate jdbc) {
        this.calendarios = calendarios;
        this.cambios = cambios;
        this.jdbc = jdbc;
    }

    private record Clave(String calendarioId, LocalDate fecha, long revision) {
    }

    /** Empty when the calendar does not exist or had not been opened yet on that date. */
    public Optional<CalendarioAlDiaVista> vista(String calendarioId, LocalDate fecha) {
        return calendarios.findById(calendarioId).flatMap(c -> vista(c, fecha));
    }

    private Optional<CalendarioAlDiaVista> vista(CalendarioRegistrado calendario, LocalDate fecha) {
        if (fecha.isBefore(calendario.fechaApertura())) {
            return Optional.empty();
        }
        long revision = 1L;
        // Hours by the date they take effect: the view shows those in force on the date asked about.
        TreeMap<LocalDate, CalendarioAlDiaVista.Horario> horarios = new TreeMap<>();
        horarios.put(LocalDate.MIN, new CalendarioAlDiaVista.Horario(calendario.apertura(), calendario.cierre(),
                calendario.fechaApertura(), null, null));
        TreeMap<LocalDate, CalendarioAlDiaVista.DiaInhabil> dias = new TreeMap<>();
        Map<String, CalendarioAlDiaVista.Suspension> suspensiones = new LinkedHashMap<>();
        for (CambioRegistrado c : cambios.findByCalendarioIdAndFechaRegistroLessThanEqualOrderByRevisionAsc(
                calendario.calendarioId(), fecha)) {
            revision = c.revision();
            switch (c.tipo()) {
                case DIA_INHABIL_DECLARADO -> dias.put(c.fecha(), new CalendarioAlDiaVista.DiaInhabil(c.fecha(),
                        c.motivo(), c.acuerdo(), c.fechaPublicacion(), c.fechaRegistro()));
                case DIA_INHABIL_REVOCADO -> dias.remove(c.fecha());
                case SUSPENSION_DECRETADA -> suspensiones.put(c.suspensionId(), new CalendarioAlDiaVista.Suspension(
                        c.suspensionId(), c.desde(), c.hasta(), c.motivo(), c.acuerdo(), c.fechaPublicacion(),
                        c.fechaRegistro()));
                case SUSPENSION_LEVANTADA -> levantar(suspensiones, c);
                case HORARIO_CAMBIADO -> {
                    horarios.tailMap(c.vigenteDesde(), true).clear();
                    horarios.put(c.vigenteDesde(), new CalendarioAlDiaVista.Horario(c.apertura(), c.cierre(),
                            c.vigenteDesde(), c.acuerdo(), c.fechaPublicacion()));
                }
            }
        }
        return Optional.of(new CalendarioAlDiaVista(calendario.calendarioId(), calendario.titularId(), fecha,
                calendario.zona(), revision, horarios.floorEntry(fecha).getValue(), List.copyOf(dias.values()),
                new ArrayList<>(suspensiones.values())));
    }

    /** A lifting "a partir de" a date keeps the days before it suspended. */
    private static void levantar(Map<String, CalendarioAlDiaVista.Suspension> suspensiones, CambioRegistrado c) {
        CalendarioAlDiaVista.Suspension suspension = suspensiones.remove(c.suspensionId());
        if (suspension != null && c.aPartirDe() != null && c.aPartirDe().isAfter(suspension.desde())) {
            suspensiones.put(c.suspensionId(), new CalendarioAlDiaVista.Suspension(suspension.suspensionId(),
                    suspension.desde(), c.aPartirDe().minusDays(1), suspension.motivo(), suspension.acuerdo(),
                    suspension.fechaPublicacion(), suspension.registradaEl()));
        }
    }

    /**
     * The calendars among {@code calendarioIds} that exist on {@code fecha}, combined in that order (a day is
     * inhábil if it is in any); empty when the first, the governing one, does not.
     */
    public Optional<CalendarioLaboral> combinado(List<String> calendarioIds, LocalDate fecha) {
        // Only the revisions are read on every call (one indexed statement, no entity): a folded calendar is reused
        // while its revision stands, and a board asks this for every group of items it shows (docs/performance.md).
        if (calendarioIds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> revisiones = new HashMap<>();
        jdbc.query("select calendario_id, revision from calendario_registrado where calendario_id in (:ids)",
                Map.of("ids", calendarioIds), (RowCallbackHandler) fila ->
                        revisiones.put(fila.getString("calendario_id"), fila.getLong("revision")));
        CalendarioLaboral combinado = null;
        for (String id : calendarioIds) {
            Long revision = revisiones.get(id);
            Optional<CalendarioLaboral> laboral = revision == null ? Optional.empty() : laboral(id, revision, fecha);
            if (laboral.isEmpty()) {
                if (combinado == null) {
                    return Optional.empty();
                }
                continue;
            }
            combinado = combinado == null ? laboral.get() : combinado.combinadoCon(laboral.get());
        }
        return Optional.ofNullable(combinado);
    }

    private Optional<CalendarioLaboral> laboral(String calendarioId, long revision, LocalDate fecha) {
        Optional<CalendarioLaboral> plegado = laborales.get(new Clave(calendarioId, fecha, revision));
        if (plegado != null) {
            return plegado;
        }
        if (laborales.size() > LABORALES_EN_MEMORIA) {
            laborales.clear();
        }
        // Folded from the calendar as loaded now, and kept under the revision it has: never a fold under a
        // revision it does not show.
        return calendarios.findById(calendarioId).flatMap(registrado -> laborales.computeIfAbsent(
                new Clave(calendarioId, fecha, registrado.revision()),
                clave -> vista(registrado, fecha).map(CalendariosAlDia::comoLaboral)));
    }

    private static CalendarioLaboral comoLaboral(CalendarioAlDiaVista vista) {
        CalendarioLaboral laboral = CalendarioLaboral.de(ZoneId.of(vista.zona()),
                new HorarioRecepcion(vista.horario().apertura(), vista.horario().cierre()));
        for (CalendarioAlDiaVista.DiaInhabil dia : vista.diasInhabiles()) {
            laboral = laboral.conDiaInhabil(new DiaInhabil(dia.fecha(), dia.motivo(),
                    new Fundamento(dia.acuerdo(), dia.fechaPublicacion())));
        }
        for (CalendarioAlDiaVista.Suspension s : vista.suspensiones()) {
            laboral = laboral.conSuspension(new Suspension(s.desde(), s.hasta(), s.motivo(),
                    new Fundamento(s.acuerdo(), s.fechaPublicacion())));
        }
        return laboral.conRevision(vista.revision());
    }
}
