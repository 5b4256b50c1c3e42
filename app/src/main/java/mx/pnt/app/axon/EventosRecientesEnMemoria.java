package mx.pnt.app.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event store on PostgreSQL (not with Axon Server), built as Axon's auto-configuration builds it, storage engine
 * included (Axon builds the engine only beside its own store), except for how many of the latest events it keeps in
 * memory for the processors that follow the head. Axon keeps 10,000, each with its
 * stored bytes and, once a processor read it, its deserialized payload: the soak run (docs/performance.md, "Soak")
 * found the live heap grow by about 15 to 30 KB per event kept (a plazo's Computo, then stored day by day), some
 * 260 MB at 10,000. The processors follow a few dozen events behind the head in steady work, so
 * {@code pnt.almacen.eventos-en-memoria} (2,000) still serves them from memory; one further behind (a rebuild, a
 * burst of recomputations) reads from PostgreSQL until it catches up, as it would past any bound.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
// The engine's entities, which Axon's auto-configuration registers only where it builds the engine itself.
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class EventosRecientesEnMemoria {

    /**
     * Axon's JPA storage engine as its auto-configuration sets it up, except that it looks for a snapshot only
     * for the aggregates that have one ({@link InstantaneasConocidas}) and reads a processor's gaps by index
     * ({@link HuecosPorIndice}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver excepciones,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          EntityManagerProvider entityManagers, TransactionManager transacciones,
                                          JdbcTemplate jdbc) {
        return new InstantaneasConocidas(JpaEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(excepciones)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transacciones),
                () -> jdbc.queryForList(InstantaneasConocidas.CON_INSTANTANEA, String.class));
    }

    @Bean
    @Primary
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  @Value("${pnt.almacen.eventos-en-memoria:2000}") int eventosEnMemoria) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(eventosEnMemoria)
                .build();
    }
}
