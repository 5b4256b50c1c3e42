package mx.pnt.app.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import mx.pnt.command.actor.ActorDispatchInterceptor;
import mx.pnt.command.errores.RechazoComoDetalleInterceptor;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon wiring: one Jackson serializer with a mapper of its own for events, messages, tokens and sagas (so no
 * Spring-wide Jackson setting can change the stored format), pooled streaming processors, and the actor
 * stamped on every command and copied onto every event.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    @Qualifier("eventStoreObjectMapper")
    ObjectMapper eventStoreObjectMapper() {
        return mapperDelAlmacen();
    }

    /**
     * The stored format of events. Changing it changes the legal record: do not touch without an upcaster.
     * Static so that the golden-file test reads and writes events exactly as the store does, without Spring.
     */
    public static ObjectMapper mapperDelAlmacen() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                // After the Java-time module, so that its dates are replaced: the same text, without a formatter.
                .registerModule(new FechasDelAlmacen())
                // A plazo's proof one number per date (revisions after ComputoDiaPorDia), not one object per date.
                .registerModule(new ComputoDelAlmacen())
                // Only snapshots carry a working calendar (no event does), so the events' shape is untouched.
                .registerModule(new ModuloDeCalendarioLaboral())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static Serializer jackson(ObjectMapper mapper) {
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new RevisionDeEvento())
                .build();
    }

    @Bean
    @Primary
    Serializer serializer(@Qualifier("eventStoreObjectMapper") ObjectMapper mapper) {
        return jackson(mapper);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("eventStoreObjectMapper") ObjectMapper mapper) {
        return jackson(mapper);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(@Qualifier("eventStoreObjectMapper") ObjectMapper mapper) {
        return jackson(mapper);
    }

    /**
     * Events a pooled processor handles in one transaction: one commit and one token update for the lot instead
     * of one per event, which is most of what a read model costs PostgreSQL (docs/performance.md). A lot takes
     * what is already stored, it never waits to fill.
     */
    public static final int EVENTOS_POR_LOTE = 64;
    /**
     * Segments of a new processor: on two cores, sixteen segments meant sixteen work packages, each claiming and
     * committing its own token. Read at the first start only; a token store keeps the segments it has.
     */
    public static final int SEGMENTOS_INICIALES = 2;

    /**
     * How often a processor looks for segments nobody holds (Axon's default, stated because the sharing of segments
     * between instances depends on it: RepartoDeSegmentos).
     */
    public static final long RECLAMO_DE_SEGMENTOS_MS = 5_000;

    /** One processing group per read model, each a pooled streaming processor. */
    @Bean
    ConfigurerModule procesadoresPooled() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors((config, builder) ->
                builder.batchSize(EVENTOS_POR_LOTE).initialSegmentCount(SEGMENTOS_INICIALES)
                        .tokenClaimInterval(RECLAMO_DE_SEGMENTOS_MS));
    }

    /**
     * {@link mx.pnt.command.recalculo.RecalculoHecho} is not registered here: as a bean, Axon's auto-configuration
     * already puts it on the command bus, and a second registration deleted each queue row twice.
     */
    @Bean
    ConfigurerModule interceptoresDeComandos() {
        return configurer -> configurer.onInitialize(config -> config.onStart(() -> {
            CommandBus bus = config.commandBus();
            bus.registerDispatchInterceptor(new ActorDispatchInterceptor());
            bus.registerHandlerInterceptor(new RechazoComoDetalleInterceptor());
        }));
    }

    /**
     * Event timestamps come from the platform's clock too: the date a calendar change was recorded (its "as of"
     * date) then follows the same time as every legal instant, in production and in tests.
     */
    @Bean
    RelojesDeAxon relojesDeAxon(java.time.Clock clock) {
        return new RelojesDeAxon(clock);
    }

    /** Copies the actor of a command onto every event it produces, so it is stored with the event. */
    @Bean
    CorrelationDataProvider actorEnEventos() {
        return new SimpleCorrelationDataProvider(MetadatosDelActor.USUARIO, MetadatosDelActor.ROL,
                MetadatosDelActor.GARANTE, MetadatosDelActor.SUJETO_OBLIGADO, MetadatosDelActor.CAUSA_EVENTO,
                MetadatosDelActor.CAUSA_USUARIO);
    }
}
