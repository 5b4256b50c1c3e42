package mx.pnt.app.axon;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import mx.pnt.command.lookup.LookupsDeMando;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.TreeSet;


/**
 * A dead-letter queue for every processing group of event handlers (the read models), kept in PostgreSQL
 * ({@code dead_letter_entry}, V1_1). A projector that cannot apply an event parks it with its cause and goes on
 * with the other aggregates; the later events of the same aggregate are parked behind it, so a read model never
 * sees an aggregate's events out of order. Parked events are listed, retried and discarded by an administrator
 * ({@code mx.pnt.app.operacion}).
 * <p>
 * The queue is given by a provider that Axon asks for each group when it builds the group's processor, so a read
 * model added later gets its queue without anyone listing it here. Sagas are not asked (Axon has no dead-letter
 * queue for them).
 */
@Configuration(proxyBeanMethods = false)
public class ColaDeFallidosConfiguration {

    /** Diagnostics key: failed attempts of a parked event after its first one (0 when its first attempt fails). */
    public static final String REINTENTOS = "reintentos";

    /**
     * Limits per group. A bug that fails more aggregates than this is systematic, not a stray event: the processor
     * then stops and retries (the overflow reaches it as an error) instead of copying the whole stream aside.
     */
    private static final int SECUENCIAS_MAXIMAS = 1024;
    private static final int EVENTOS_MAXIMOS_POR_SECUENCIA = 1024;
    /** Aggregates remembered as not parked, per segment, while its queue holds anything (Axon's default). */
    private static final int SECUENCIAS_RECORDADAS = 1024;

    @Bean
    ConfigurerModule colaDeFallidosPorGrupo(ListableBeanFactory beans,
                                            EntityManagerProvider entityManagerProvider,
                                            TransactionManager transactionManager,
                                            Serializer serializer,
                                            @Qualifier("eventSerializer") Serializer eventSerializer,
                                            RelojesDeAxon relojesDeAxon) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                // Enqueued and last-touched instants, and the expiry of a claim, follow the platform's clock:
                // asking for RelojesDeAxon makes sure it is in place before any queue exists.
                configurer.eventProcessing()
                        .registerDeadLetterQueueProvider(grupo -> !tieneCola(grupo) ? null
                                : configuracion -> JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(grupo)
                                        .entityManagerProvider(entityManagerProvider)
                                        .transactionManager(transactionManager)
                                        // Payloads and metadata stored exactly as in the event store.
                                        .eventSerializer(eventSerializer)
                                        .genericSerializer(serializer)
                                        .maxSequences(SECUENCIAS_MAXIMAS)
                                        .maxSequenceSize(EVENTOS_MAXIMOS_POR_SECUENCIA)
                                        .build())
                        .registerDefaultDeadLetterPolicy(configuracion -> ColaDeFallidosConfiguration::decidir);
                // Without it, every event asks PostgreSQL, once per group, whether its aggregate has parked events
                // (seven statements per recomputation, docs/performance.md). Axon's cache remembers, per claimed
                // segment, the aggregates parked since the claim, and asks PostgreSQL only for those, or for every
                // aggregate not yet seen when the queue was not empty at the claim. Only the segment's owner parks
                // new sequences, and a new owner builds its cache afresh, so several instances stay correct.
                for (String grupo : gruposConColaDeFallidos(beans)) {
                    configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(grupo,
                            (configuracion, invocador) -> invocador.enableSequenceIdentifierCache()
                                    .sequenceIdentifierCacheSize(SECUENCIAS_RECORDADAS));
                }
            }

            /**
             * After Axon's Spring Boot module (order 0), which registers a provider too, but only for groups named
             * in {@code axon.eventhandling.processors.<group>.dlq.enabled}; the last provider registered wins.
             */
            @Override
            public int order() {
                return 1;
            }
        };
    }

    /**
     * Every group has a queue but the command side's lookups: a lookup that cannot apply an event must fail its
     * command, never be parked, since a row missing behind an accepted command would break the rules it enforces.
     */
    static boolean tieneCola(String grupo) {
        return !LookupsDeMando.GRUPO.equals(grupo);
    }

    /**
     * The processing groups of the event handlers declared as beans, read from their {@link ProcessingGroup}
     * annotations without creating the beans, so a read model added later is cached like the others.
     */
    public static Set<String> gruposConColaDeFallidos(ListableBeanFactory beans) {
        Set<String> grupos = new TreeSet<>();
        for (String nombre : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup grupo = beans.findAnnotationOnBean(nombre, ProcessingGroup.class);
            if (grupo != null && tieneCola(grupo.value())) {
                grupos.add(grupo.value());
            }
        }
        return grupos;
    }

    /**
     * Every failure is parked, at once: a handler that throws on an event will throw again on the next attempt,
     * and retrying it in place would hold up every other aggregate of its segment. The same policy decides when an
     * administrator's retry fails: the event stays parked (never dropped) with the new cause and one more retry
     * counted. Failures that doom the batch's transaction (the database unreachable, a commit that fails, an
     * exception thrown out of a Spring Data repository, which marks the transaction rollback-only) cannot be parked:
     * the batch is rolled back, dead letter included, and the processor retries it with its back-off.
     */
    static EnqueueDecision<EventMessage<?>> decidir(DeadLetter<? extends EventMessage<?>> carta, Throwable causa) {
        Object anteriores = carta.diagnostics().get(REINTENTOS);
        // Absent the first time the event fails; present once it has been parked with its cause.
        int reintentos = anteriores instanceof Number n ? n.intValue() + 1 : 0;
        return Decisions.enqueue(ThrowableCause.truncated(causa),
                fallida -> fallida.diagnostics().and(REINTENTOS, reintentos));
    }
}
