package mx.pnt.projections.calendario;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.DiaInhabilRevocado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every change of every official calendar with its revision and the date it was recorded, so a calendar
 * can be shown as it stood on any date (what the platform applied that day). Replaying rebuilds the same rows:
 * keys come from the events, and the recorded date from the event's own timestamp, never from a clock.
 */
@Component
@ProcessingGroup(CalendarioProjector.GRUPO)
public class CalendarioProjector implements ModeloDeLectura {

    public static final String GRUPO = "calendario";
    private static final List<String> TABLAS = List.of("calendario_registrado", "calendario_cambio");

    private final CalendarioRegistradoRepository calendarios;
    private final CambioRegistradoRepository cambios;
    private final CalendariosAlDia alDia;

    public CalendarioProjector(CalendarioRegistradoRepository calendarios, CambioRegistradoRepository cambios,
                               CalendariosAlDia alDia) {
        this.calendarios = calendarios;
        this.cambios = cambios;
        this.alDia = alDia;
    }

    @EventHandler
    void on(CalendarioAbierto evento, @Timestamp Instant registradoEn) {
        calendarios.save(new CalendarioRegistrado(evento.calendarioId(), evento.titularId(), evento.zona(),
                evento.apertura(), evento.cierre(), registradoEn,
                LocalDate.ofInstant(registradoEn, ZoneId.of(evento.zona()))));
    }

    @EventHandler
    void on(DiaInhabilDeclarado evento, @Timestamp Instant registradoEn) {
        guardar(evento.calendarioId(), evento.revision(), registradoEn, fecha -> CambioRegistrado.diaInhabil(
                evento.calendarioId(), evento.revision(), true, registradoEn, fecha, evento.fecha(), evento.motivo(),
                evento.acuerdo(), evento.fechaPublicacion(), evento.describir()));
    }

    @EventHandler
    void on(DiaInhabilRevocado evento, @Timestamp Instant registradoEn) {
        guardar(evento.calendarioId(), evento.revision(), registradoEn, fecha -> CambioRegistrado.diaInhabil(
                evento.calendarioId(), evento.revision(), false, registradoEn, fecha, evento.fecha(), null,
                evento.acuerdo(), evento.fechaPublicacion(), evento.describir()));
    }

    @EventHandler
    void on(SuspensionDecretada evento, @Timestamp Instant registradoEn) {
        guardar(evento.calendarioId(), evento.revision(), registradoEn, fecha -> CambioRegistrado.suspension(
                evento.calendarioId(), evento.revision(), true, registradoEn, fecha, evento.suspensionId(),
                evento.desde(), evento.hasta(), evento.motivo(), evento.acuerdo(), evento.fechaPublicacion(),
                evento.describir()));
    }

    @EventHandler
    void on(SuspensionLevantada evento, @Timestamp Instant registradoEn) {
        guardar(evento.calendarioId(), evento.revision(), registradoEn, fecha -> CambioRegistrado.levantamiento(
                evento.calendarioId(), evento.revision(), registradoEn, fecha, evento.suspensionId(),
                evento.desde(), evento.hasta(), evento.aPartirDe(), evento.acuerdo(), evento.fechaPublicacion(),
                evento.describir()));
    }

    @EventHandler
    void on(HorarioDeRecepcionCambiado evento, @Timestamp Instant registradoEn) {
        guardar(evento.calendarioId(), evento.revision(), registradoEn, fecha -> CambioRegistrado.horario(
                evento.calendarioId(), evento.revision(), registradoEn, fecha, evento.apertura(), evento.cierre(),
                evento.vigenteDesde(), evento.acuerdo(), evento.fechaPublicacion(), evento.describir()));
    }

    /** The recorded date is taken in the calendar's own zone: a change at 23:30 in Tijuana is that day's. */
    private void guardar(String calendarioId, long revision, Instant registradoEn,
                         java.util.function.Function<LocalDate, CambioRegistrado> cambio) {
        CalendarioRegistrado calendario = calendarios.findById(calendarioId).orElseThrow(() ->
                new IllegalStateException("Cambio del calendario " + calendarioId + " antes de su apertura"));
        cambios.save(cambio.apply(LocalDate.ofInstant(registradoEn, ZoneId.of(calendario.zona()))));
        calendario.revisar(revision);
        calendarios.save(calendario);
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    List<ResumenDeCalendario> handle(CalendariosRegistrados consulta) {
        return calendarios.findAll().stream().map(CalendarioRegistrado::comoResumen)
                .sorted(Comparator.comparing(ResumenDeCalendario::calendarioId)).toList();
    }

    /** Empty when the calendar does not exist or had not been opened yet on that date. */
    @QueryHandler
    Optional<CalendarioAlDiaVista> handle(CalendarioAlDia consulta) {
        return alDia.vista(consulta.calendarioId(), consulta.fecha());
    }
}
