package mx.pnt.app.seguridad;

import mx.pnt.query.web.SesionWeb;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who is signed in on a page: the bearer token kept in the server-side session, checked exactly as the API checks
 * it (signature, issuer, expiry on the platform's clock, a person's role). An expired token ends the session, so the
 * person is sent to log in again.
 */
final class ContextoDeLaSesionWeb implements ServerSecurityContextRepository {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContextoDeLaSesionWeb.class);

    private final ReactiveJwtDecoder decodificador;
    private final SeguridadConfiguration.ConversorDeRol conversor = new SeguridadConfiguration.ConversorDeRol();

    ContextoDeLaSesionWeb(ReactiveJwtDecoder decodificador) {
        this.decodificador = decodificador;
    }

    @Override
    public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
        // The login page stores the token itself; nothing else is kept.
        return Mono.empty();
    }

    @Override
    public Mono<SecurityContext> load(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(sesion -> Mono.justOrEmpty(SesionWeb.token(sesion))
                .flatMap(decodificador::decode)
                .<SecurityContext>map(jwt -> new SecurityContextImpl(conversor.convert(jwt)))
                .doOnError(e -> LOG.info("Sesión web terminada: su token ya no es válido ({})", e.getMessage()))
                .onErrorResume(JwtException.class, e -> sesion.invalidate().then(Mono.empty()))
                .onErrorResume(org.springframework.security.core.AuthenticationException.class,
                        e -> sesion.invalidate().then(Mono.empty())));
    }
}
