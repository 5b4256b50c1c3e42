package mx.pnt.app.axon;

import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.command.solicitud.PresentacionDeSolicitudes;
import mx.pnt.command.solicitud.Solicitud;
import mx.pnt.projections.estadisticas.EstadisticasProjector;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.MultiHandlerDefinition;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's time limit per handler invocation is off: it took the thread's whole stack and scheduled a task at every
 * invocation (docs/performance.md). The limit per unit of work (a command, a processor's lot) stays.
 */
class LimitesDeTiempoDeAxonTest extends PlataformaEnPruebas {

    @Autowired
    private org.axonframework.config.Configuration axon;
    @Autowired
    private TimeoutProperties limites;

    @Test
    void ningunManejadorLlevaLimiteDeTiempoPropio() throws Exception {
        for (Class<?> tipo : List.of(EstadisticasProjector.class, PresentacionDeSolicitudes.class, Solicitud.class)) {
            assertThat(conLimite(tipo, axon.handlerDefinition(tipo))).as(tipo.getSimpleName()).isZero();
        }
    }

    /** The check above can fail: with Axon's defaults (30 s per handler) every handler is wrapped. */
    @Test
    void conLosValoresDeAxonCadaManejadorLlevariaSuLimite() throws Exception {
        HandlerDefinition porOmision = MultiHandlerDefinition.ordered(new HandlerTimeoutHandlerEnhancerDefinition(
                        new TimeoutProperties().getHandler().toMessageHandlerTimeoutConfiguration()),
                axon.handlerDefinition(EstadisticasProjector.class));
        assertThat(conLimite(EstadisticasProjector.class, porOmision)).isPositive();
    }

    @Test
    void elLimitePorUnidadDeTrabajoSigue() {
        assertThat(limites.isEnabled()).isTrue();
        assertThat(limites.getTransaction().getCommandBus().getTimeoutMs()).isEqualTo(60_000);
        assertThat(limites.getTransaction().getEventProcessors().getTimeoutMs()).isEqualTo(60_000);
    }

    private long conLimite(Class<?> tipo, HandlerDefinition definicion) throws ClassNotFoundException {
        // Axon's wrapper is package-private: found by name.
        Class<?> envoltura = Class.forName("org.axonframework.messaging.timeout.TimeoutWrappedMessageHandlingMember");
        List<? extends MessageHandlingMember<?>> manejadores = AnnotatedHandlerInspector.inspectType(tipo,
                axon.parameterResolverFactory(), definicion).getHandlers();
        assertThat(manejadores).isNotEmpty();
        return manejadores.stream().filter(m -> m.unwrap(envoltura).isPresent()).count();
    }
}
