package mx.pnt.projections.plazos;

import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The running plazos of each procedure with the proof recorded in the events (never recomputed here, so the
 * proof shown is the one the platform decided on), and the history of their recalculations.
 */
@Component
@ProcessingGroup(PlazosProjector.GRUPO)
public class PlazosProjector {

    public static final String GRUPO = "plazos";

    private final PlazoEnCursoRepository plazos;
    private final RecalculoDePlazoRepository recalculos;

    public PlazosProjector(PlazoEnCursoRepository plazos, RecalculoDePlazoRepository recalculos) {
        this.plazos = plazos;
        this.recalculos = recalculos;
    }

    @EventHandler
    void on(SolicitudPresentada evento) {
        plazos.save(new PlazoEnCurso(evento.folio(), evento.plazoDeRespuesta()));
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

    @ResetHandler
    void reiniciar() {
        // One statement per table.
        recalculos.deleteAllInBatch();
        plazos.deleteAllInBatch();
    }

    @QueryHandler
    Optional<PlazosDelExpediente> handle(PlazosPorFolio consulta) {
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
