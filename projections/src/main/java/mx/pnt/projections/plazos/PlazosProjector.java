package mx.pnt.projections.plazos;

import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.PlazoRecalculado;
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
 * proof shown is the one the platform decided on), and the history of their recalculations.
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
        plazos.save(new PlazoEnCurso(evento.folio(), evento.plazoDeRespuesta()));
    }

    /** A concluded procedure has no running plazo. */
    @EventHandler
    void on(ConclusionDeLaSolicitud evento) {
        plazos.deleteByExpediente(evento.folio());
    }

    @EventHandler
    void on(PlazoRecalculado evento, EventMessage<?> mensaje) {
        PlazoEnCurso plazo = plazos.findById(new PlazoEnCurso.Clave(evento.expediente(), evento.paso()))
                .orElseGet(() -> new PlazoEnCurso(evento.expediente(), evento.nuevo()));
        plazo.fijar(evento.nuevo());
        plazos.save(plazo);
        recalculos.save(new RecalculoDePlazo(mensaje.getIdentifier(), evento.expediente(), evento.paso(),
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

    /** The running plazo of the procedure becomes {@code plazo}; a solicitud has one at a time. */
    private void sustituir(String expediente, PlazoFijado plazo) {
        plazos.deleteByExpedienteAndPasoNot(expediente, plazo.paso());
        PlazoEnCurso enCurso = plazos.findById(new PlazoEnCurso.Clave(expediente, plazo.paso()))
                .orElseGet(() -> new PlazoEnCurso(expediente, plazo));
        enCurso.fijar(plazo);
        plazos.save(enCurso);
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
        if (delFolio.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlazosDelExpediente(consulta.folio(),
                delFolio.stream().map(PlazoEnCurso::comoVista).toList(),
                recalculos.findByExpedienteOrderByRegistradoEnAscEventoIdAsc(consulta.folio()).stream()
                        .map(RecalculoDePlazo::comoVista).toList()));
    }
}
