package mx.pnt.projections.plazos;

import mx.pnt.projections.lectura.ModeloDeLectura;
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
import mx.pnt.projections.lectura.LecturaConsistente;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The running plazos of each procedure with the proof recorded in the events (never recomputed here, so the
 * proof shown is the one the platform decided on), and the history of their recalculations. A solicitud has one
 * plazo at a time; a recurso may have two (the alegatos and the resolution clock), and each of its events says which
 * run, as the recurso's own recalculation does.
 */
@Component
@ProcessingGroup(PlazosProjector.GRUPO)
public class PlazosProjector implements ModeloDeLectura {

    public static final String GRUPO = "plazos";
    private static final List<String> TABLAS = List.of("plazo_en_curso", "recalculo_de_plazo");

    private final PlazoEnCursoRepository plazos;
    private final RecalculoDePlazoRepository recalculos;
    private final LecturaConsistente lectura;

    public PlazosProjector(PlazoEnCursoRepository plazos, RecalculoDePlazoRepository recalculos,
                           LecturaConsistente lectura) {
        this.plazos = plazos;
        this.recalculos = recalculos;
        this.lectura = lectura;
    }

    @EventHandler
    void on(SolicitudPresentada evento) {
        plazos.insertar(new PlazoEnCurso(evento.folio(), evento.plazoDeRespuesta()));
    }

    /** A concluded procedure has no running plazo. */
    @EventHandler
    void on(ConclusionDeLaSolicitud evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    @EventHandler
    void on(PlazoRecalculado evento, EventMessage<?> mensaje) {
        fijar(evento.expediente(), evento.nuevo());
        recalculos.insertar(new RecalculoDePlazo(mensaje.getIdentifier(), evento.expediente(), evento.paso(),
                evento.anterior().vencimiento(), evento.nuevo().vencimiento(), evento.nuevo().describirCalendarios(),
                evento.causa(), mensaje.getTimestamp()));
    }

    /** The response plazo is interrupted: the solicitante's plazo to answer the requerimiento runs instead. */
    @EventHandler
    void on(InformacionAdicionalRequerida evento) {
        if (evento.plazoDeDesahogo() == null) {
            // Until its notification in the solicitante's medium, no plazo runs.
            plazos.deleteByExpediente(evento.folio());
            return;
        }
        sustituir(evento.folio(), evento.plazoDeDesahogo());
    }

    /** The notification opens the plazo its act waited for: the desahogo, the payment, making a right effective. */
    @EventHandler
    void on(NotificacionPracticada evento) {
        evento.plazoEnCurso().ifPresent(plazo -> sustituir(evento.folio(), plazo));
    }

    /** An ARCO right found procedente: the responsable's fifteen días run (once the answer is notified). */
    @EventHandler
    void on(DerechoArcoProcedente evento) {
        if (evento.plazoParaHacerloEfectivo() != null) {
            sustituir(evento.folio(), evento.plazoParaHacerloEfectivo());
        }
    }

    /** The response plazo starts again in full after the desahogo (Quincuagésimo noveno). */
    @EventHandler
    void on(RequerimientoDesahogado evento) {
        sustituir(evento.folio(), evento.plazoDeRespuesta());
    }

    @EventHandler
    void on(RequerimientoParcialNoDesahogado evento) {
        sustituir(evento.folio(), evento.plazoDeRespuesta());
    }

    @EventHandler
    void on(PlazoDeRespuestaAmpliado evento) {
        sustituir(evento.folio(), evento.plazoDeRespuesta());
    }

    /** A concluded procedure has no running plazo. */
    @EventHandler
    void on(SolicitudRespondida evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    /** Answered upon payment: the plazo de pago runs. */
    @EventHandler
    void on(CostosFijados evento) {
        if (evento.plazoDePago() != null) {
            sustituir(evento.folio(), evento.plazoDePago());
        }
    }

    @EventHandler
    void on(PagoAcreditado evento) {
        sustituir(evento.folio(), evento.plazoDeEntrega());
    }

    // --- Recursos (SIGEMI) ---

    /** The resolution clock runs from the presentation (Septuagésimo sexto). */
    @EventHandler
    void on(RecursoInterpuesto evento) {
        plazos.insertar(new PlazoEnCurso(evento.folio(), evento.plazoParaResolver()));
    }

    /**
     * A prevención interrupts the resolution clock (Octogésimo sexto; LGTAIP 2025, art. 147): only the recurrente's
     * plazo to answer runs, and only once notified.
     */
    @EventHandler
    void on(RecursoPrevenido evento) {
        if (evento.plazoDeDesahogo() == null) {
            plazos.deleteByExpediente(evento.folio());
            return;
        }
        sustituir(evento.folio(), evento.plazoDeDesahogo());
    }

    @EventHandler
    void on(NotificacionAlRecurrentePracticada evento) {
        if (evento.plazo() != null) {
            sustituir(evento.folio(), evento.plazo());
        }
    }

    /** Answered: nothing runs until the garante qualifies the desahogo (Octogésimo sexto). */
    @EventHandler
    void on(PrevencionDesahogada evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    /** Admitted: the alegatos and the resolution clock run at once (Octogésimo séptimo). */
    @EventHandler
    void on(RecursoAdmitido evento) {
        sustituir(evento.folio(), evento.plazoParaResolver());
        fijar(evento.folio(), evento.plazoDeAlegatos());
    }

    @EventHandler
    void on(PlazoParaResolverAmpliado evento) {
        fijar(evento.folio(), evento.plazoParaResolver());
    }

    /** No more alegatos (Nonagésimo segundo); the resolution clock goes on. */
    @EventHandler
    void on(InstruccionCerrada evento) {
        plazos.deleteById(new PlazoEnCurso.Clave(evento.folio(), Paso.ALEGATOS_Y_PRUEBAS.name()));
    }

    /** Resolved: the resolution clock stops; a plazo to comply runs only once notified (Nonagésimo quinto). */
    @EventHandler
    void on(ResolucionVotada evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    @EventHandler
    void on(NotificacionAlSujetoObligadoPracticada evento) {
        if (evento.plazo() != null) {
            sustituir(evento.folio(), evento.plazo());
        }
    }

    @EventHandler
    void on(RecursoDesechado evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    /** Accumulated: its plazos are the acumulador's now (Octogésimo noveno). */
    @EventHandler
    void on(RecursoAcumulado evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    @EventHandler
    void on(CumplimientoCalificado evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    /** The procedure's only running plazo becomes {@code plazo}. */
    private void sustituir(String expediente, PlazoFijado plazo) {
        plazos.deleteByExpedienteAndPasoNot(expediente, plazo.paso());
        fijar(expediente, plazo);
    }

    /**
     * The plazo of its step runs, beside whatever else runs for the procedure. Written over the stored one without
     * reading it (its proof would be parsed only to be overwritten); the rows this read model has loaded in a lot are
     * only ever removed, never changed, so none is written back stale.
     */
    private void fijar(String expediente, PlazoFijado plazo) {
        plazos.reemplazar(new PlazoEnCurso(expediente, plazo));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    Optional<PlazosDelExpediente> handle(PlazosPorFolio consulta) {
        return lectura.leer(() -> plazosDe(consulta));
    }

    private Optional<PlazosDelExpediente> plazosDe(PlazosPorFolio consulta) {
        var delFolio = plazos.findByExpedienteOrderByPaso(consulta.folio());
        var historia = recalculos.findByExpedienteOrderByRegistradoEnAscEventoIdAsc(consulta.folio());
        // A concluded procedure has no running plazo, but the recalculations it had stay part of its record.
        if (delFolio.isEmpty() && historia.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlazosDelExpediente(consulta.folio(),
                delFolio.stream().map(PlazoEnCurso::comoVista).toList(),
                historia.stream().map(RecalculoDePlazo::comoVista).toList()));
    }
}
