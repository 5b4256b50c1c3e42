package mx.pnt.query;

import mx.pnt.events.MetadatosDelActor;
import reactor.core.publisher.Mono;

/**
 * Who is asking, for the read models that show each role its own: the app implements it from the authenticated
 * token, so the query side stays free of the security mechanism.
 */
public interface ActorDeConsulta {

    /** The actor of the current request; empty when the request is anonymous. */
    Mono<MetadatosDelActor> actorActual();
}
