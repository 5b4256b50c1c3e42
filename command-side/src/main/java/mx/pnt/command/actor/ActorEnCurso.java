package mx.pnt.command.actor;

import mx.pnt.events.MetadatosDelActor;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The actor of the command being dispatched on this thread. Set only around the synchronous dispatch call, so
 * the dispatch interceptor can stamp it; never left behind on a pooled thread.
 */
public final class ActorEnCurso {

    private static final ThreadLocal<MetadatosDelActor> ACTUAL = new ThreadLocal<>();

    private ActorEnCurso() {
    }

    public static <T> T con(MetadatosDelActor actor, Supplier<T> despacho) {
        MetadatosDelActor anterior = ACTUAL.get();
        ACTUAL.set(actor);
        try {
            return despacho.get();
        } finally {
            if (anterior == null) {
                ACTUAL.remove();
            } else {
                ACTUAL.set(anterior);
            }
        }
    }

    static Optional<MetadatosDelActor> actual() {
        return Optional.ofNullable(ACTUAL.get());
    }
}
