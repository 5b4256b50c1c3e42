package mx.pnt.command.recalculo;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.recurso.CumplimientoCalificado;
import mx.pnt.events.recurso.InstruccionCerrada;
import mx.pnt.events.recurso.NotificacionAlRecurrentePracticada;
import mx.pnt.events.recurso.NotificacionAlSujetoObligadoPracticada;
import mx.pnt.events.recurso.PlazoParaResolverAmpliado;
import mx.pnt.events.recurso.PrevencionDesahogada;
import mx.pnt.events.recurso.RecursoAcumulado;
import mx.pnt.events.recurso.RecursoAdmitido;
import mx.pnt.events.recurso.RecursoDesechado;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoPrevenido;
import mx.pnt.events.recurso.ResolucionVotada;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.ConclusionDeLaSolicitud;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.PagoAcreditado;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.events.calendario.CambioDeCalendario;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The running plazos of every procedure, one row per calendar that may govern them (even one not opened yet), with
 * the dates a calendar change can move them through: from the reception (a suspension covering it moves it) to
 * the current deadline. Kept in the transaction of the events, so the recalculation policy finds by an indexed
 * date range exactly the plazos a change crosses, whatever the kind of procedure.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class PlazosVigentesLookup {

    /** Procedure kinds, each recomputed by its own command (see {@link TrabajadorDeRecalculo}). */
    public static final String SOLICITUD = "SOLICITUD";
    public static final String RECURSO = "RECURSO";
    /**
     * The {@code hasta} of a plazo stopped by a suspension "hasta nuevo aviso", and the end of an open-ended
     * change: every later change crosses it. The last date PostgreSQL and ISO 8601 both write in four digits.
     */
    public static final LocalDate SIN_VENCIMIENTO = LocalDate.of(9999, 12, 31);
    /**
     * The {@code paso} of rows that watch nothing yet: the act that opens the next plazo waits to be notified in a
     * medium other than the Plataforma. They end on the act's own date, already marked, so neither a later calendar
     * change nor the timer reaches them.
     */
    public static final String POR_NOTIFICAR = "POR_NOTIFICAR";

    private final JdbcTemplate jdbc;

    /** A condition on {@code mando_plazo_vigente} with its arguments. */
    record Condicion(String sql, Object... argumentos) {
    }

    /**
     * The rows a calendar change crosses, by an indexed date range: a change of reception hours reaches only what
     * was received from its date on; any other, the plazos running through its dates (an open-ended one, every
     * plazo from its start on). The recalculation policy and its preview ask the same question.
     */
    static Condicion cruzadasPor(CambioDeCalendario cambio) {
        if (cambio.soloRecepciones()) {
            return new Condicion("calendario_id = ? and recepcion >= ?", cambio.calendarioId(), cambio.afectaDesde());
        }
        return new Condicion("calendario_id = ? and hasta >= ? and desde <= ?", cambio.calendarioId(),
                cambio.afectaDesde(), cambio.afectaHasta().isAfter(SIN_VENCIMIENTO) ? SIN_VENCIMIENTO
                : cambio.afectaHasta());
    }

    public PlazosVigentesLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SolicitudPresentada evento) {
        insertar(evento.folio(), SOLICITUD, evento.garanteId(), evento.sujetoObligadoId(),
                evento.recibida().fechaLocal(), evento.plazoDeRespuesta());
    }

    /**
     * An answer upon payment: the solicitante's plazo de pago runs, from the notification. Notified in another
     * medium, the answer left its rows waiting; the notification opens the plazo.
     */
    @EventHandler
    void on(CostosFijados evento) {
        insertarSiCorre(evento.folio(), evento.garanteId(), evento.sujetoObligadoId(), evento.plazoDePago());
    }

    /**
     * The notification opens the plazo its act waited for: the desahogo, the payment, or making an ARCO right
     * effective; any other answer leaves nothing to watch.
     */
    @EventHandler
    void on(NotificacionPracticada evento) {
        Optional<PlazoFijado> abierto = evento.plazoEnCurso();
        if (abierto.isPresent()) {
            sustituir(evento.folio(), evento.practicadaEn().fechaLocal(), abierto.get());
        } else if (evento.acto() == ActoNotificado.RESPUESTA) {
            jdbc.update("delete from mando_plazo_vigente where expediente = ?", evento.folio());
        }
    }

    /**
     * Paid: the Unidad's plazo de entrega runs, from the proof, and the information stays available sixty días from
     * the payment. The rows watch the longer one: a calendar change before its end may move either, and its end
     * concludes the solicitud (art. 137); the end of the plazo de entrega records nothing by itself.
     */
    @EventHandler
    void on(PagoAcreditado evento) {
        sustituir(evento.folio(), evento.acreditadoEn().fechaLocal(), evento.plazoDeDisponibilidad());
    }

    /** An ARCO right found procedente: the responsable's fifteen días run, from the answer's notification. */
    @EventHandler
    void on(DerechoArcoProcedente evento) {
        insertarSiCorre(evento.folio(), evento.garanteId(), evento.sujetoObligadoId(),
                evento.plazoParaHacerloEfectivo());
    }

    /**
     * A plazo opened with the answer, from its notification; null when the answer waits to be notified in another
     * medium, which left the rows waiting: the notification opens it.
     */
    private void insertarSiCorre(String expediente, String garanteId, String sujetoObligadoId, PlazoFijado plazo) {
        if (plazo != null) {
            insertar(expediente, SOLICITUD, garanteId, sujetoObligadoId, plazo.disparo(), plazo);
        }
    }

    private void insertar(String expediente, String procedimiento, String garanteId, String sujetoObligadoId,
                          LocalDate desde, PlazoFijado plazo) {
        insertar(expediente, procedimiento, List.of(AbrirCalendario.idDelGarante(garanteId),
                AbrirCalendario.idDelSujetoObligado(sujetoObligadoId), AbrirCalendario.PLATAFORMA), desde, plazo);
    }

    /**
     * One row per calendar, in one statement: a JDBC batch of three rows left the driver as two statements (it
     * rewrites batches in powers of two), one round trip more for every presentation.
     */
    private void insertar(String expediente, String procedimiento, List<String> calendarios, LocalDate desde,
                          PlazoFijado plazo) {
        if (calendarios.isEmpty()) {
            return;
        }
        List<Object> argumentos = new ArrayList<>(calendarios.size() * 7);
        for (String calendarioId : calendarios) {
            argumentos.addAll(Arrays.asList(expediente, procedimiento, plazo.paso(), calendarioId, desde, desde,
                    hasta(plazo)));
        }
        jdbc.update("insert into mando_plazo_vigente (expediente, procedimiento, paso, calendario_id, recepcion, "
                + "desde, hasta) values " + String.join(", ", Collections.nCopies(calendarios.size(),
                "(?, ?, ?, ?, ?, ?, ?)")), argumentos.toArray());
    }

    /** A concluded procedure costs the recalculation policy and the timer nothing more. */
    @EventHandler
    void on(ConclusionDeLaSolicitud evento) {
        jdbc.update("delete from mando_plazo_vigente where expediente = ?", evento.folio());
    }

    @EventHandler
    void on(PlazoRecalculado evento) {
        jdbc.update("update mando_plazo_vigente set hasta = ? where expediente = ? and paso = ?",
                hasta(evento.nuevo()), evento.expediente(), evento.paso());
    }

    /**
     * The response plazo is interrupted; the desahogo plazo runs from the requerimiento or, in a medium other than
     * the Plataforma, from its notification: until then the rows wait.
     */
    @EventHandler
    void on(InformacionAdicionalRequerida evento) {
        if (evento.plazoDeDesahogo() == null) {
            enEsperaDeNotificacion(evento.folio(), evento.requeridaEn().fechaLocal());
            return;
        }
        sustituir(evento.folio(), evento.requeridaEn().fechaLocal(), evento.plazoDeDesahogo());
    }

    /** The response plazo runs again from the desahogo. */
    @EventHandler
    void on(RequerimientoDesahogado evento) {
        sustituir(evento.folio(), evento.desahogadoEn().fechaLocal(), evento.plazoDeRespuesta());
    }

    @EventHandler
    void on(RequerimientoParcialNoDesahogado evento) {
        sustituir(evento.folio(), evento.plazoDeRespuesta().disparo(), evento.plazoDeRespuesta());
    }

    @EventHandler
    void on(PlazoDeRespuestaAmpliado evento) {
        jdbc.update("update mando_plazo_vigente set hasta = ? where expediente = ? and paso = ?",
                hasta(evento.plazoDeRespuesta()), evento.folio(), evento.plazoDeRespuesta().paso());
    }

    /**
     * A concluded procedure costs the recalculation policy nothing more; an answer to notify in another medium waits
     * for its notification, which may open the plazo de pago.
     */
    @EventHandler
    void on(SolicitudRespondida evento) {
        if (evento.plazoParaRecurrir() == null) {
            enEsperaDeNotificacion(evento.folio(), evento.respondidaEn().fechaLocal());
            return;
        }
        jdbc.update("delete from mando_plazo_vigente where expediente = ?", evento.folio());
    }

    /** The rows watch nothing until a notification opens the next plazo (see {@link #POR_NOTIFICAR}). */
    private void enEsperaDeNotificacion(String expediente, LocalDate fecha) {
        jdbc.update("update mando_plazo_vigente set paso = ?, recepcion = ?, desde = ?, hasta = ?, "
                + "vencimiento_avisado = ? where expediente = ?", POR_NOTIFICAR, fecha, fecha, fecha, fecha, expediente);
    }

    /**
     * A solicitud has one running plazo at a time: its rows (one per calendar) now watch {@code plazo}, from the
     * act that started it ({@code desde}, whose own effect the hours in force that day decided).
     */
    private void sustituir(String expediente, LocalDate desde, PlazoFijado plazo) {
        jdbc.update("update mando_plazo_vigente set paso = ?, recepcion = ?, desde = ?, hasta = ?, "
                + "vencimiento_avisado = null where expediente = ?", plazo.paso(), desde, desde, hasta(plazo), expediente);
    }

    // --- Recursos de revisión: the same rows, the same policy. Several plazos may run at once (alegatos and the
    // resolution), one set of rows each; the calendars are the recurso's (its garante's, its sujeto obligado's and
    // the platform's), kept from its first rows.

    /** The resolution clock runs from the presentation (Septuagésimo sexto). */
    @EventHandler
    void on(RecursoInterpuesto evento) {
        insertar(evento.folio(), RECURSO, evento.garanteId(), evento.sujetoObligadoId(),
                evento.recibido().fechaLocal(), evento.plazoParaResolver());
    }

    /**
     * The prevención interrupts the resolution clock; the recurrente's five días run from it or, notified in another
     * medium, from its notification: until then the rows wait.
     */
    @EventHandler
    void on(RecursoPrevenido evento) {
        if (evento.plazoDeDesahogo() == null) {
            enEsperaDeNotificacion(evento.folio(), evento.prevenidoEn().fechaLocal());
            return;
        }
        reemplazar(evento.folio(), List.of(new Corriendo(evento.prevenidoEn().fechaLocal(),
                evento.plazoDeDesahogo())));
    }

    @EventHandler
    void on(NotificacionAlRecurrentePracticada evento) {
        if (evento.plazo() != null) {
            reemplazar(evento.folio(), List.of(new Corriendo(evento.practicadaEn().fechaLocal(), evento.plazo())));
        }
    }

    /** Answered: nothing runs until the garante qualifies the desahogo (Octogésimo sexto). */
    @EventHandler
    void on(PrevencionDesahogada evento) {
        enEsperaDeNotificacion(evento.folio(), evento.recibido().fechaLocal());
    }

    /**
     * Admitted: the alegatos run from the admisión, the resolution from the presentation: the day the rows already
     * watch from, the recurso's reception or, after a prevención, its desahogo's (the hours in force that day judged
     * it, so a change of hours from that day may move it).
     */
    @EventHandler
    void on(RecursoAdmitido evento) {
        LocalDate recibido = jdbc.queryForObject("select min(recepcion) from mando_plazo_vigente where expediente = ?",
                LocalDate.class, evento.folio());
        LocalDate presentacion = recibido == null ? evento.fechaDePresentacion() : recibido;
        reemplazar(evento.folio(), List.of(new Corriendo(evento.admitidoEn().fechaLocal(), evento.plazoDeAlegatos()),
                new Corriendo(presentacion, evento.plazoParaResolver())));
    }

    @EventHandler
    void on(RecursoDesechado evento) {
        jdbc.update("delete from mando_plazo_vigente where expediente = ?", evento.folio());
    }

    /** The alegatos are over. */
    @EventHandler
    void on(InstruccionCerrada evento) {
        jdbc.update("delete from mando_plazo_vigente where expediente = ? and paso = ?", evento.folio(),
                Paso.ALEGATOS_Y_PRUEBAS.name());
    }

    @EventHandler
    void on(PlazoParaResolverAmpliado evento) {
        jdbc.update("update mando_plazo_vigente set hasta = ? where expediente = ? and paso = ?",
                hasta(evento.plazoParaResolver()), evento.folio(), evento.plazoParaResolver().paso());
    }

    /**
     * Resolved: nothing more runs, unless it modifica or revoca; then the rows wait for the notification to the
     * sujeto obligado, which opens the plazo to comply (Nonagésimo quinto).
     */
    @EventHandler
    void on(ResolucionVotada evento) {
        if (evento.sentido().ordenaCumplimiento()) {
            jdbc.update("delete from mando_plazo_vigente where expediente = ? and paso <> ?", evento.folio(),
                    Paso.RESOLVER_RECURSO_REVISION.name());
            enEsperaDeNotificacion(evento.folio(), evento.registradaEn().fechaLocal());
        } else {
            jdbc.update("delete from mando_plazo_vigente where expediente = ?", evento.folio());
        }
    }

    @EventHandler
    void on(NotificacionAlSujetoObligadoPracticada evento) {
        if (evento.plazo() != null) {
            reemplazar(evento.folio(), List.of(new Corriendo(evento.practicadaEn().fechaLocal(), evento.plazo())));
        }
    }

    /** Accumulated: its plazos are the acumulador's now. */
    @EventHandler
    void on(RecursoAcumulado evento) {
        jdbc.update("delete from mando_plazo_vigente where expediente = ?", evento.folio());
    }

    @EventHandler
    void on(CumplimientoCalificado evento) {
        jdbc.update("delete from mando_plazo_vigente where expediente = ?", evento.folio());
    }

    /** A plazo that runs from {@code desde}, the act that started it. */
    private record Corriendo(LocalDate desde, PlazoFijado plazo) {
    }

    /** The plazos that run now replace whatever the expediente's rows watched, on the same calendars. */
    private void reemplazar(String expediente, List<Corriendo> plazos) {
        List<String> calendarios = jdbc.queryForList("select distinct calendario_id from mando_plazo_vigente where "
                + "expediente = ? order by calendario_id", String.class, expediente);
        jdbc.update("delete from mando_plazo_vigente where expediente = ?", expediente);
        for (Corriendo corriendo : plazos) {
            insertar(expediente, RECURSO, calendarios, corriendo.desde(), corriendo.plazo());
        }
    }

    /** A change after the deadline cannot move it; a suspended plazo has none, so every later change may. */
    private static LocalDate hasta(PlazoFijado plazo) {
        return plazo.suspendido() ? SIN_VENCIMIENTO : plazo.vencimiento();
    }
}
