package mx.pnt.command.simulacro;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A command tried on an aggregate as it stands in the store, nothing recorded: the state comes from its events, the
 * decision from its own handler, a resource may be substituted for one run only, and a refusal is the aggregate's.
 */
class SimulacroTest {

    private Configuration axon;
    private Simulacro simulacro;

    @BeforeEach
    void axon() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .registerComponent(Fuente.class, c -> new Fuente(1))
                .buildConfiguration();
        axon.start();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("axon", axon);
        simulacro = new Simulacro(beans.getBeanProvider(Configuration.class));
        registrar(0, new ContadorAbierto("c-1"));
    }

    @AfterEach
    void detener() {
        axon.shutdown();
    }

    private void registrar(long secuencia, Object evento) {
        axon.eventStore().publish(new GenericDomainEventMessage<>("Contador", "c-1", secuencia, evento));
    }

    private long eventos() {
        return axon.eventStore().readEvents("c-1").asStream().count();
    }

    @Test
    void devuelveLoQueElAgregadoAplicariaSinRegistrarlo() throws Exception {
        List<Object> eventos = simulacro.simular(Contador.class, "c-1", new Sumar("c-1"), Map.of("actor", "prueba"),
                Map.of());

        assertThat(eventos).containsExactly(new Sumado("c-1", 1, 1, "prueba"));
        assertThat(eventos()).isEqualTo(1);
        assertThat(CurrentUnitOfWork.isStarted()).as("ninguna unidad de trabajo queda abierta").isFalse();
    }

    @Test
    void elEstadoVieneDeSusEventos() throws Exception {
        registrar(1, new Sumado("c-1", 3, 3, "antes"));

        assertThat(simulacro.simular(Contador.class, "c-1", new Sumar("c-1"), Map.of("actor", "prueba"), Map.of()))
                .containsExactly(new Sumado("c-1", 1, 4, "prueba"));
    }

    @Test
    void unSustitutoValeSoloParaSuCorrida() throws Exception {
        assertThat(simulacro.simular(Contador.class, "c-1", new Sumar("c-1"), Map.of("actor", "prueba"),
                Map.of(Fuente.class, new Fuente(5)))).containsExactly(new Sumado("c-1", 5, 5, "prueba"));
        assertThat(simulacro.simular(Contador.class, "c-1", new Sumar("c-1"), Map.of("actor", "prueba"), Map.of()))
                .containsExactly(new Sumado("c-1", 1, 1, "prueba"));
    }

    @Test
    void elRechazoEsElDelAgregadoYNoRegistraNada() {
        assertThatThrownBy(() -> simulacro.simular(Contador.class, "c-1", new Sumar("c-1"),
                Map.of("actor", "prueba"), Map.of(Fuente.class, new Fuente(-1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No se suman negativos");
        assertThat(eventos()).isEqualTo(1);
        assertThat(CurrentUnitOfWork.isStarted()).isFalse();
    }

    @Test
    void unAgregadoQueNoExisteSeRechazaComoEnUnEnvio() {
        assertThatThrownBy(() -> simulacro.simular(Contador.class, "c-2", new Sumar("c-2"),
                Map.of("actor", "prueba"), Map.of())).isInstanceOf(AggregateNotFoundException.class);
    }

    record Sumar(@TargetAggregateIdentifier String id) {
    }

    record Fuente(int valor) {
    }

    record ContadorAbierto(String id) {
    }

    record Sumado(String id, int sumando, int total, String actor) {
    }

    static class Contador {

        @AggregateIdentifier
        private String id;
        private int total;

        Contador() {
        }

        @CommandHandler
        void handle(Sumar comando, Fuente fuente, org.axonframework.messaging.MetaData metaData) {
            if (fuente.valor() < 0) {
                throw new IllegalArgumentException("No se suman negativos");
            }
            apply(new Sumado(id, fuente.valor(), total + fuente.valor(), (String) metaData.get("actor")));
        }

        @EventSourcingHandler
        void on(ContadorAbierto evento) {
            id = evento.id();
        }

        @EventSourcingHandler
        void on(Sumado evento) {
            total = evento.total();
        }
    }
}
