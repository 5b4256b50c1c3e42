package mx.pnt.projections.bandeja;

import mx.pnt.events.TiposDeAgregado;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.ConclusionDeLaSolicitud;
import mx.pnt.events.solicitud.CostosFijados;
import mx.pnt.events.solicitud.DerechoArcoProcedente;
import mx.pnt.events.solicitud.FaltaDeRespuestaRegistrada;
import mx.pnt.events.solicitud.InformacionAdicionalRequerida;
import mx.pnt.events.solicitud.MedioDePresentacion;
import mx.pnt.events.solicitud.NotificacionPracticada;
import mx.pnt.events.solicitud.PagoAcreditado;
import mx.pnt.events.solicitud.PlazoDeRespuestaAmpliado;
import mx.pnt.events.solicitud.RequerimientoDesahogado;
import mx.pnt.events.solicitud.RequerimientoParcialNoDesahogado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import mx.pnt.events.solicitud.SolicitudRespondida;
import mx.pnt.events.solicitud.SolicitudTurnada;
import mx.pnt.projections.lectura.LecturaConsistente;
import mx.pnt.projections.lectura.ModeloDeLectura;
import mx.pnt.projections.lectura.PrecargaDelLote;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The bandeja of each Unidad de Transparencia (SISAI): its open solicitudes with the running plazo and what is
 * expected next, built from the events; a concluded solicitud leaves it.
 */
@Component
@ProcessingGroup(BandejaProjector.GRUPO)
public class BandejaProjector implements ModeloDeLectura {

    public static final String GRUPO = "bandeja";
    private static final List<String> TABLAS = List.of("bandeja_solicitud");
    /** A row per solicitud, keyed by its folio: the aggregate identifier of its events. */
    private static final Set<String> AGREGADOS = Set.of(TiposDeAgregado.SOLICITUD);

    private final BandejaRepository bandeja;
    private final LecturaConsistente lectura;
    private final QueryUpdateEmitter emisor;
    private final PrecargaDelLote precarga;

    public BandejaProjector(BandejaRepository bandeja, LecturaConsistente lectura, QueryUpdateEmitter emisor,
                            PrecargaDelLote precarga) {
        this.bandeja = bandeja;
        this.lectura = lectura;
        this.emisor = emisor;
        this.precarga = precarga;
    }

    @EventHandler
    void on(SolicitudPresentada evento) {
        boolean notificaLaUnidad = evento.medioDeNotificacion() != null
                && evento.medioDeNotificacion().practicadaPorLaUnidad();
        SolicitudEnBandeja solicitud = new SolicitudEnBandeja(evento.folio(), evento.sujetoObligadoId(),
                evento.tipo().name(), evento.medioDeEntrada() == null ? null : evento.medioDeEntrada().name(),
                evento.recibida().local(), evento.recibida().zona(), evento.plazoDeRespuesta(), notificaLaUnidad);
        // Cuadragésimo noveno: the acuse of a manual capture goes to the medium the solicitante named.
        if (notificaLaUnidad && evento.medio() == MedioDePresentacion.CAPTURA_MANUAL) {
            solicitud.porNotificar(ActoNotificado.ACUSE_DE_RECIBO.name());
        }
        bandeja.insertar(solicitud);
        avisar(solicitud);
    }

    @EventHandler
    void on(SolicitudTurnada evento) {
        actualizar(evento.folio(), SolicitudEnBandeja::turnar);
    }

    @EventHandler
    void on(InformacionAdicionalRequerida evento) {
        actualizar(evento.folio(), s -> {
            s.requerir(evento.plazoDeDesahogo());
            if (evento.plazoDeDesahogo() == null) {
                s.porNotificar(ActoNotificado.REQUERIMIENTO_INFORMACION_ADICIONAL.name());
            }
        });
    }

    /**
     * The notification leaves the list of acts to notify and opens its plazo (the desahogo, the payment, making a
     * right effective).
     */
    @EventHandler
    void on(NotificacionPracticada evento) {
        actualizar(evento.folio(), s -> {
            s.notificada(evento.acto().name());
            evento.plazoEnCurso().ifPresent(s::plazo);
        });
    }

    @EventHandler
    void on(RequerimientoDesahogado evento) {
        actualizar(evento.folio(), s -> {
            // A requerimiento answered before its notification needs none.
            s.notificada(ActoNotificado.REQUERIMIENTO_INFORMACION_ADICIONAL.name());
            s.reanudar(evento.plazoDeRespuesta());
        });
    }

    @EventHandler
    void on(RequerimientoParcialNoDesahogado evento) {
        actualizar(evento.folio(), s -> s.reanudar(evento.plazoDeRespuesta()));
    }

    @EventHandler
    void on(PlazoDeRespuestaAmpliado evento) {
        actualizar(evento.folio(), s -> {
            s.ampliar(evento.plazoDeRespuesta());
            if (s.notificaLaUnidad()) {
                s.porNotificar(ActoNotificado.AMPLIACION.name());
            }
        });
    }

    /** A concluded solicitud leaves the bandeja. */
    @EventHandler
    void on(ConclusionDeLaSolicitud evento) {
        fila(evento.folio()).ifPresent(s -> {
            bandeja.delete(s);
            avisar(s);
        });
    }

    @EventHandler
    void on(PlazoRecalculado evento) {
        actualizar(evento.expediente(), s -> s.plazo(evento.nuevo()));
    }

    @EventHandler
    void on(FaltaDeRespuestaRegistrada evento) {
        actualizar(evento.folio(), SolicitudEnBandeja::vencer);
    }

    /** Answered: out of the bandeja, unless access was granted upon payment (then the costs bring it back). */
    @EventHandler
    void on(SolicitudRespondida evento) {
        actualizar(evento.folio(), s -> {
            s.responder();
            if (evento.plazoParaRecurrir() == null) {
                s.porNotificar(ActoNotificado.RESPUESTA.name());
            }
        });
    }

    @EventHandler
    void on(CostosFijados evento) {
        actualizar(evento.folio(), s -> s.esperarPago(evento.plazoDePago()));
    }

    /** An ARCO right found procedente: back in the bandeja until it is made effective. */
    @EventHandler
    void on(DerechoArcoProcedente evento) {
        actualizar(evento.folio(), s -> s.hacerEfectivo(evento.plazoParaHacerloEfectivo()));
    }

    @EventHandler
    void on(PagoAcreditado evento) {
        actualizar(evento.folio(), s -> s.entregar(evento.plazoDeEntrega()));
    }

    /** The solicitud's row, with those of the rest of the lot's solicitudes read at once the first time. */
    private Optional<SolicitudEnBandeja> fila(String folio) {
        precarga.precargar(SolicitudEnBandeja.class, AGREGADOS);
        return bandeja.findById(folio);
    }

    private void actualizar(String folio, Consumer<SolicitudEnBandeja> cambio) {
        fila(folio).ifPresent(s -> {
            cambio.accept(s);
            bandeja.save(s);
            avisar(s);
        });
    }

    /**
     * The live bandejas of its Unidad read their page again (sent once the transaction commits). A rebuild's copies
     * tell them too, which is harmless: they read the served table.
     */
    private void avisar(SolicitudEnBandeja solicitud) {
        emisor.emit(BandejaDeUnidad.class, q -> q.sujetoObligadoId().equals(solicitud.sujetoObligadoId()),
                new CambioEnLaBandeja(solicitud.folio()));
    }

    @Override
    public List<String> tablas() {
        return TABLAS;
    }

    @QueryHandler
    PaginaDeBandeja handle(BandejaDeUnidad consulta) {
        // The page and its count from one snapshot.
        Page<SolicitudEnBandeja> pagina = lectura.leer(() -> bandeja.porUrgencia(consulta.sujetoObligadoId(),
                PageRequest.of(consulta.pagina(), consulta.tamano())));
        return new PaginaDeBandeja(pagina.getTotalElements(), consulta.pagina(), consulta.tamano(),
                pagina.getContent().stream().map(SolicitudEnBandeja::comoElemento).toList());
    }
}
