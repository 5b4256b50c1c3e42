package mx.pnt.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class FronteraDeGruposTest {

    private static final SequentialPerAggregatePolicy POLITICA = SequentialPerAggregatePolicy.instance();
    private static final Segment[] DOS = Segment.splitBalanced(Segment.ROOT_SEGMENT, 1).toArray(Segment[]::new);

    /** An aggregate identifier that falls in the given segment of two. */
    private static String agregadoEn(int segmento) {
        for (int i = 0; ; i++) {
            String id = "folio-" + i;
            if (DOS[segmento].matches(id)) {
                return id;
            }
        }
    }

    private static TrackedEventMessage<?> evento(String agregado, long indice) {
        return new GenericTrackedDomainEventMessage<>(GapAwareTrackingToken.newInstance(indice, Set.of()),
                new GenericDomainEventMessage<>("Solicitud", agregado, 0, "carga"));
    }

    private static GapAwareTrackingToken hasta(long indice, Long... huecos) {
        return GapAwareTrackingToken.newInstance(indice, Set.of(huecos));
    }

    @Test
    void unEventoQueElTokenPasoEstaAplicadoUnoPosteriorOUnHuecoNo() {
        assertThat(FronteraDeGrupos.cubre(hasta(10, 7L), hasta(10))).isTrue();
        assertThat(FronteraDeGrupos.cubre(hasta(10, 7L), hasta(3))).isTrue();
        assertThat(FronteraDeGrupos.cubre(hasta(10, 7L), hasta(11))).as("posterior").isFalse();
        assertThat(FronteraDeGrupos.cubre(hasta(10, 7L), hasta(7))).as("un hueco: confirmado después").isFalse();
        assertThat(FronteraDeGrupos.cubre(null, hasta(0))).as("un segmento que no vio nada").isFalse();
        assertThat(FronteraDeGrupos.cubre(hasta(10), null)).isFalse();
        // Wrapped tokens (a replay) are compared by the position they stand for.
        assertThat(FronteraDeGrupos.cubre(ReplayToken.createReplayToken(hasta(20), hasta(10)), hasta(9))).isTrue();
        // Another store's tokens (Axon Server's): by their own order.
        assertThat(FronteraDeGrupos.cubre(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(10)))
                .isTrue();
        assertThat(FronteraDeGrupos.cubre(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(11)))
                .isFalse();
    }

    @Test
    void cadaEventoSeMideConElSegmentoQueCubriaSuAgregado() {
        FronteraDeGrupos frontera = new FronteraDeGrupos();
        frontera.cargar(Map.of("tablero", List.of(new FronteraDeGrupos.Tramo(DOS[0], hasta(100)),
                new FronteraDeGrupos.Tramo(DOS[1], hasta(50)))));
        String enElCero = agregadoEn(0);
        String enElUno = agregadoEn(1);

        assertThat(frontera.aplicado("tablero", evento(enElCero, 80), POLITICA)).isTrue();
        assertThat(frontera.aplicado("tablero", evento(enElUno, 80), POLITICA)).as("su segmento iba en 50").isFalse();
        assertThat(frontera.aplicado("tablero", evento(enElUno, 50), POLITICA)).isTrue();
        assertThat(frontera.aplicado("tablero", evento(enElCero, 101), POLITICA)).isFalse();
        assertThat(frontera.aplicado("seguimiento", evento(enElCero, 1), POLITICA)).as("sin frontera").isFalse();
        assertThat(frontera.aplicado("tablero", GenericEventMessage.asEventMessage("sin posición"), POLITICA))
                .isFalse();
        assertThat(frontera.grupos()).containsExactly("tablero");

        frontera.olvidar(List.of("tablero"));
        assertThat(frontera.aplicado("tablero", evento(enElCero, 80), POLITICA)).isFalse();
        assertThat(frontera.grupos()).isEmpty();
    }

    @Test
    void unEventoSinAgregadoSeRepartePorSuIdentificador() {
        FronteraDeGrupos frontera = new FronteraDeGrupos();
        frontera.cargar(Map.of("catalogo", List.of(new FronteraDeGrupos.Tramo(DOS[0], hasta(100)),
                new FronteraDeGrupos.Tramo(DOS[1], null))));
        EventMessage<?> sinAgregado = GenericEventMessage.asEventMessage("configuración");
        TrackedEventMessage<?> seguido = new org.axonframework.eventhandling.GenericTrackedEventMessage<>(hasta(5),
                sinAgregado);
        boolean enElCero = DOS[0].matches(sinAgregado.getIdentifier());
        assertThat(frontera.aplicado("catalogo", seguido, POLITICA)).isEqualTo(enElCero);
    }

    @Test
    void elManejadorEnvueltoNoCorreConUnEventoYaAplicado() throws Exception {
        FronteraDeGrupos frontera = new FronteraDeGrupos();
        frontera.cargar(Map.of("tablero", List.of(new FronteraDeGrupos.Tramo(Segment.ROOT_SEGMENT, hasta(10)))));
        List<Object> manejados = new ArrayList<>();
        @SuppressWarnings("unchecked")
        MessageHandlingMember<Object> original = mock(MessageHandlingMember.class);
        when(original.handle(any(), any())).thenAnswer(llamada -> {
            manejados.add(llamada.getArgument(0));
            return "manejado";
        });
        HandlerDefinition base = new HandlerDefinition() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Optional<MessageHandlingMember<T>> createHandler(Class<T> tipo, java.lang.reflect.Executable e,
                                                                        ParameterResolverFactory p) {
                return Optional.of((MessageHandlingMember<T>) original);
            }
        };
        Method metodo = Object.class.getMethod("toString");
        MessageHandlingMember<Object> envuelto = frontera.envolver("tablero", base, POLITICA)
                .createHandler(Object.class, metodo, mock(ParameterResolverFactory.class)).orElseThrow();

        assertThat(envuelto.handle(evento("folio-1", 10), new Object())).isNull();
        assertThat(manejados).isEmpty();
        TrackedEventMessage<?> nuevo = evento("folio-1", 11);
        assertThat(envuelto.handle(nuevo, new Object())).isEqualTo("manejado");
        assertThat(manejados).containsExactly(nuevo);
    }
}
