package mx.pnt.projections.seguimiento;

import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Builds the public tracking of folios from the events; replaying them rebuilds the same rows. */
@Component
@ProcessingGroup(SeguimientoProjector.GRUPO)
public class SeguimientoProjector {

    public static final String GRUPO = "seguimiento";
    static final String EN_TRAMITE = "EN_TRAMITE";

    private final SeguimientoRepository repository;

    public SeguimientoProjector(SeguimientoRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(SolicitudPresentada evento) {
        // Deliberately no solicitante data: this table is public.
        repository.save(new SeguimientoDeFolio(evento.folio(), evento.sujetoObligadoId(),
                evento.sujetoObligadoNombre(), evento.garanteId(), evento.medio().name(), EN_TRAMITE,
                evento.recibida().local(), evento.recibida().zona(), evento.fechaRecepcionLegal(),
                evento.plazoDeRespuesta().vencimiento(), evento.plazoDeRespuesta().suspendidoDesde(),
                evento.plazoDeRespuesta().fundamento()));
    }

    /** The public reception date and deadline follow every recalculation of the response plazo. */
    @EventHandler
    void on(PlazoRecalculado evento) {
        if ("RESPUESTA".equals(evento.paso())) {
            repository.findById(evento.expediente()).ifPresent(seguimiento -> {
                seguimiento.recalcular(evento.recepcionLegal(), evento.nuevo().vencimiento(),
                        evento.nuevo().suspendidoDesde());
                repository.save(seguimiento);
            });
        }
    }

    @ResetHandler
    void reiniciar() {
        repository.deleteAllInBatch();
    }

    @QueryHandler
    Optional<SeguimientoPublico> handle(SeguimientoPorFolio consulta) {
        return repository.findById(consulta.folio()).map(SeguimientoDeFolio::comoVista);
    }
}
