package mx.pnt.app.axon;

import mx.pnt.app.PlataformaEnPruebas;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store keeps the latest {@code pnt.almacen.eventos-en-memoria} events in memory, not Axon's 10,000: what
 * the soak run measured as most of the live heap's growth (docs/performance.md, "Soak").
 */
class EventosRecientesEnMemoriaTest extends PlataformaEnPruebas {

    @Autowired
    EventStore almacen;

    @Test
    void elAlmacenGuardaEnMemoriaSoloLosEventosConfigurados() {
        assertThat(almacen).isInstanceOf(EmbeddedEventStore.class);
        Object productor = ReflectionTestUtils.getField(almacen, "producer");
        assertThat(ReflectionTestUtils.getField(productor, "cachedEvents")).isEqualTo(2000);
    }
}
