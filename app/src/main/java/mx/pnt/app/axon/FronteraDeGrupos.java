package mx.pnt.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import java.lang.reflect.Executable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each read model stood, per segment of its own former processor, when that processor's tokens were merged
 * into the shared one ({@link ProcesadorDeLectura}). The shared processor starts from the lowest of those positions,
 * so it delivers again to a read model events that read model had already applied; those it skips here, before its
 * handler runs. Projectors are not all idempotent (statistics count), so "apply again" would be wrong.
 * <p>
 * Only the served processor's handlers consult it: a rebuild replays everything into empty copies.
 */
public final class FronteraDeGrupos {

    /** One segment of a read model's former processor and the position its token had reached there. */
    public record Tramo(Segment segmento, TrackingToken token) {
    }

    private final Map<String, List<Tramo>> tramos = new ConcurrentHashMap<>();

    /** Replaces what it knows of these read models (those absent from {@code porGrupo} have no frontier). */
    public void cargar(Map<String, List<Tramo>> porGrupo) {
        tramos.clear();
        porGrupo.forEach((grupo, suyos) -> tramos.put(grupo, List.copyOf(suyos)));
    }

    /** The copies of a rebuild applied every event: nothing is skipped for these read models any more. */
    public void olvidar(Collection<String> grupos) {
        grupos.forEach(tramos::remove);
    }

    public Set<String> grupos() {
        return Set.copyOf(tramos.keySet());
    }

    /**
     * The read model had applied this event under its former processor: the segment of that processor which covers
     * the event's aggregate (by the same sequencing policy) had passed the event's position.
     */
    public boolean aplicado(String grupo, EventMessage<?> evento, SequencingPolicy<? super EventMessage<?>> politica) {
        List<Tramo> suyos = tramos.get(grupo);
        if (suyos == null || !(evento instanceof TrackedEventMessage<?> seguido)) {
            return false;
        }
        Object secuencia = Objects.requireNonNullElse(politica.getSequenceIdentifierFor(evento),
                evento.getIdentifier());
        for (Tramo tramo : suyos) {
            if (tramo.segmento().matches(secuencia)) {
                return cubre(tramo.token(), seguido.trackingToken());
            }
        }
        return false;
    }

    /**
     * The token had passed that event's position: for a token with gaps, at or before its index and not one of its
     * gaps (an event committed late is delivered from a gap and must still be applied). A null token had seen nothing.
     */
    static boolean cubre(TrackingToken frontera, TrackingToken delEvento) {
        if (frontera == null || delEvento == null) {
            return false;
        }
        TrackingToken base = WrappedToken.unwrapLowerBound(frontera);
        TrackingToken evento = WrappedToken.unwrapLowerBound(delEvento);
        if (base instanceof GapAwareTrackingToken conHuecos && evento instanceof GapAwareTrackingToken delIndice) {
            return delIndice.getIndex() <= conHuecos.getIndex() && !conHuecos.getGaps().contains(delIndice.getIndex());
        }
        return base.covers(evento);
    }

    /**
     * The group's handlers as {@code base} makes them, each skipping the events its read model had applied. Only
     * event handlers are wrapped; the check costs a map lookup once the frontier is gone.
     */
    public HandlerDefinition envolver(String grupo, HandlerDefinition base,
                                      SequencingPolicy<? super EventMessage<?>> politica) {
        return new HandlerDefinition() {
            @Override
            public <T> Optional<MessageHandlingMember<T>> createHandler(Class<T> tipo, Executable ejecutable,
                                                                        ParameterResolverFactory parametros) {
                return base.createHandler(tipo, ejecutable, parametros).map(manejador ->
                        new WrappedMessageHandlingMember<T>(manejador) {
                            @Override
                            public Object handle(Message<?> mensaje, T destino) throws Exception {
                                if (mensaje instanceof EventMessage<?> evento && aplicado(grupo, evento, politica)) {
                                    return null;
                                }
                                return super.handle(mensaje, destino);
                            }
                        });
            }
        };
    }
}
