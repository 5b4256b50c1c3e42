package mx.pnt.app.seguridad;

import mx.pnt.command.actor.ResolutorDeActor;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.query.ActorDeConsulta;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The actor of a request, read from its verified bearer token, for commands and for queries alike. */
@Component
public class ResolutorDeActorJwt implements ResolutorDeActor, ActorDeConsulta {

    @Override
    public Mono<MetadatosDelActor> actorActual() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(contexto -> contexto.getAuthentication())
                .ofType(JwtAuthenticationToken.class)
                .map(token -> new MetadatosDelActor(token.getName(),
                        token.getToken().getClaimAsString(ClaimsDelActor.ROL),
                        token.getToken().getClaimAsString(ClaimsDelActor.GARANTE),
                        token.getToken().getClaimAsString(ClaimsDelActor.SUJETO_OBLIGADO)));
    }
}
