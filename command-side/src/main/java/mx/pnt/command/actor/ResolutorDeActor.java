package mx.pnt.command.actor;

import mx.pnt.events.MetadatosDelActor;
import reactor.core.publisher.Mono;

/**
 * Who is acting in the current request. The app implements it from the authenticated token; the command side
 * only needs the result, so it stays free of the security mechanism.
 */
public interface ResolutorDeActor {

    /** The actor of the current request; empty when the request is anonymous. */
    Mono<MetadatosDelActor> actorActual();
}
