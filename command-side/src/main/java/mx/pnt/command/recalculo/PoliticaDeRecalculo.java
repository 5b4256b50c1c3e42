package mx.pnt.command.recalculo;

import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.calendario.CambioDeCalendario;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.PlazoParaResolverAmpliado;
import mx.pnt.events.recurso.RecursoAdmitido;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoPrevenido;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.PagoAcreditado;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recalculation policy: when a calendar changes, every running plazo the change crosses is recomputed through
 * a command, so each move of a deadline is an event with its cause. Its cost follows what the change touches, not
 * what exists: one indexed date-range statement finds the plazos (whatever the procedure) and writes the owed
 * recomputations, in the transaction that records this handler's progress, so none is lost in a crash;
 * {@link TrabajadorDeRecalculo} then sends them, retries them, and parks the ones that keep failing.
 *
 * <p>A plazo decided while a change was being recorded may have read the calendar just before it: when its event
 * arrives here with revisions older than the calendar's, it is recomputed too. Either the change sees the plazo's
 * row, or the plazo's event sees the change's revision, so no plazo is missed.
 */
@Component
@ProcessingGroup(PoliticaDeRecalculo.GRUPO)
public class PoliticaDeRecalculo {

    public static final String GRUPO = "recalculo";
    static final int LONGITUD_CAUSA = 2000;

    private final JdbcTemplate jdbc;
    private final CalendariosLookup calendarios;
    private final Clock clock;

    public PoliticaDeRecalculo(JdbcTemplate jdbc, CalendariosLookup calendarios, Clock clock) {
        this.jdbc = jdbc;
        this.calendarios = calendarios;
        this.clock = clock;
    }

    @EventHandler
    void on(CambioDeCalendario cambio, EventMessage<?> mensaje) {
        String causa = causaDe(cambio);
        OffsetDateTime ahora = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        String insercion = "insert into mando_recalculo_pendiente (expediente, procedimiento, causa, "
                + "evento_causante, usuario_causante, registrado_en, disponible_desde) "
                + "select distinct expediente, procedimiento, ?, ?, ?, ?, ? from mando_plazo_vigente ";
        Object usuario = mensaje.getMetaData().get(MetadatosDelActor.USUARIO);
        PlazosVigentesLookup.Condicion cruzadas = PlazosVigentesLookup.cruzadasPor(cambio);
        List<Object> argumentos = new ArrayList<>(List.of(causa, mensaje.getIdentifier()));
        argumentos.add(usuario);
        argumentos.addAll(List.of(ahora, ahora));
        argumentos.addAll(List.of(cruzadas.argumentos()));
        jdbc.update(insercion + "where " + cruzadas.sql(), argumentos.toArray());
    }

    @EventHandler
    void on(SolicitudPresentada evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDeRespuesta(), mensaje);
    }

    @EventHandler
    void on(PlazoRecalculado evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.expediente(), evento.nuevo(), mensaje);
    }

    @EventHandler
    void on(InformacionAdicionalRequerida evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDeDesahogo(), mensaje);
    }

    @EventHandler
    void on(RequerimientoDesahogado evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDeRespuesta(), mensaje);
    }

    @EventHandler
    void on(RequerimientoParcialNoDesahogado evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDeRespuesta(), mensaje);
    }

    @EventHandler
    void on(PlazoDeRespuestaAmpliado evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDeRespuesta(), mensaje);
    }

    @EventHandler
    void on(CostosFijados evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDePago(), mensaje);
    }

    /**
     * The plazo a notification opens (the desahogo, the payment, making a right effective) was computed on the
     * calendars of its record.
     */
    @EventHandler
    void on(NotificacionPracticada evento, EventMessage<?> mensaje) {
        evento.plazoEnCurso().ifPresent(plazo -> revisarVigencia(evento.folio(), plazo, mensaje));
    }

    @EventHandler
    void on(DerechoArcoProcedente evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoParaHacerloEfectivo(), mensaje);
    }

    @EventHandler
    void on(PagoAcreditado evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDeEntrega(), mensaje);
    }

    // --- Recursos de revisión: their plazos, the same check.

    @EventHandler
    void on(RecursoInterpuesto evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoParaResolver(), mensaje);
    }

    @EventHandler
    void on(RecursoPrevenido evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoDeDesahogo(), mensaje);
    }

    @EventHandler
    void on(NotificacionAlRecurrentePracticada evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazo(), mensaje);
    }

    /** Two plazos start with the admisión; one recomputation covers both. */
    @EventHandler
    void on(RecursoAdmitido evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), List.of(evento.plazoDeAlegatos(), evento.plazoParaResolver()), mensaje);
    }

    @EventHandler
    void on(PlazoParaResolverAmpliado evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazoParaResolver(), mensaje);
    }

    /** The plazo to comply opens with the notification of the resolución to the sujeto obligado. */
    @EventHandler
    void on(NotificacionAlSujetoObligadoPracticada evento, EventMessage<?> mensaje) {
        revisarVigencia(evento.folio(), evento.plazo(), mensaje);
    }

    private void revisarVigencia(String expediente, PlazoFijado plazo, EventMessage<?> mensaje) {
        if (plazo == null) {
            // The act waits to be notified in a medium other than the Plataforma: no plazo runs yet.
            return;
        }
        revisarVigencia(expediente, List.of(plazo), mensaje);
    }

    /**
     * Owes a recomputation when a calendar of the plazos changed after the revision a plazo recorded (plazos that
     * start together read the calendar once, so they share their revisions).
     */
    private void revisarVigencia(String expediente, List<PlazoFijado> plazos, EventMessage<?> mensaje) {
        // One statement for the expediente's calendars and their current revisions: it runs for every presentation
        // and every recomputation, so a second round trip to PostgreSQL would cost each of them.
        List<CalendarioDelPlazo> filas = jdbc.query("select v.calendario_id, v.procedimiento, "
                        + "coalesce(c.revision, 0) from (select distinct calendario_id, procedimiento "
                        + "from mando_plazo_vigente where expediente = ?) v "
                        + "left join mando_calendario c on c.calendario_id = v.calendario_id",
                (rs, i) -> new CalendarioDelPlazo(rs.getString(1), rs.getString(2), rs.getLong(3)), expediente);
        if (filas.isEmpty()) {
            return;
        }
        List<String> cambios = new ArrayList<>();
        Map<String, Long> atrasados = new HashMap<>();
        for (CalendarioDelPlazo fila : filas) {
            String id = fila.calendarioId();
            long registrada = plazos.stream().flatMap(p -> p.calendarios().stream())
                    .filter(r -> r.calendarioId().equals(id)).mapToLong(RevisionDeCalendario::revision).min()
                    .orElse(0L);
            if (fila.revisionActual() > registrada) {
                cambios.addAll(calendarios.describirCambios(id, registrada, fila.revisionActual()));
                atrasados.put(id, registrada);
            }
        }
        if (!cambios.isEmpty()) {
            // Caught up on behalf of the latest change it missed and of whoever recorded it, as the recomputation
            // that change queued itself would be; the platform only for changes recorded before they were kept.
            CalendariosLookup.Causante causante = calendarios.ultimoCausante(atrasados).orElse(
                    new CalendariosLookup.Causante(mensaje.getIdentifier(), MetadatosDelActor.SISTEMA.usuario()));
            OffsetDateTime ahora = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
            jdbc.update("insert into mando_recalculo_pendiente (expediente, procedimiento, causa, evento_causante, "
                            + "usuario_causante, registrado_en, disponible_desde) values (?, ?, ?, ?, ?, ?, ?)",
                    expediente, filas.get(0).procedimiento(), recortar(String.join("; ", cambios)),
                    causante.eventoId(), causante.usuario(), ahora, ahora);
        }
    }

    /** A calendar of a running plazo of the expediente, with its current revision (0 when not registered). */
    private record CalendarioDelPlazo(String calendarioId, String procedimiento, long revisionActual) {
    }

    /** Owed recomputations are facts of the command side, not a read model: a replay must not repeat them. */
    @ResetHandler
    void reiniciar() {
        throw new UnsupportedOperationException("La política de recálculo no se reconstruye: envía comandos.");
    }

    /** The cause a recomputation records for a calendar change: the change, its agreement and revision. */
    static String causaDe(CambioDeCalendario cambio) {
        return recortar(cambio.describir() + " [calendario " + cambio.calendarioId() + ", revisión "
                + cambio.revision() + "]");
    }

    private static String recortar(String causa) {
        return causa.length() <= LONGITUD_CAUSA ? causa : causa.substring(0, LONGITUD_CAUSA - 1) + "…";
    }
}
