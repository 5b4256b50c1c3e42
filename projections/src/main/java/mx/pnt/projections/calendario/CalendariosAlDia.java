package mx.pnt.projections.calendario;

import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Suspension;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    /** Folded by (calendar, date, its latest revision): a new change makes a new key, so nothing stale is served. */
    private final Map<Clave, Optional<CalendarioLaboral>> laborales = new ConcurrentHashMap<>();

    public CalendariosAlDia(CalendarioRegistradoRepository calendarios, CambioRegistradoRepository cambios) {
        this.calendarios = calendarios;
        this.cambios = cambios;
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
        Map<String, CalendarioRegistrado> registrados = calendarios.findAllById(calendarioIds).stream()
                .collect(Collectors.toMap(CalendarioRegistrado::calendarioId, Function.identity()));
        CalendarioLaboral combinado = null;
        for (String id : calendarioIds) {
            CalendarioRegistrado registrado = registrados.get(id);
            Optional<CalendarioLaboral> laboral = registrado == null ? Optional.empty() : laboral(registrado, fecha);
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

    private Optional<CalendarioLaboral> laboral(CalendarioRegistrado registrado, LocalDate fecha) {
        if (laborales.size() > LABORALES_EN_MEMORIA) {
            laborales.clear();
        }
        return laborales.computeIfAbsent(new Clave(registrado.calendarioId(), fecha, registrado.revision()),
                clave -> vista(registrado, fecha).map(CalendariosAlDia::comoLaboral));
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
