package mx.pnt.app.seguridad;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.util.Collection;

/**
 * A token's signature is checked once, not at every request. A session sends the same token with each request,
 * and decoding it again (Base64 in constant time, the HMAC, the claims' JSON) was a quarter of the HTTP event
 * loop's time in a presentation (docs/performance.md). The decoded token is kept under its exact text: the same
 * text always decodes to the same claims under the same key.
 *
 * <p>What depends on when it is asked is asked again each time: the validator (expiry against the platform's
 * clock, issuer) runs on every request, so an expired token is refused whether or not it was kept. A token that
 * fails verification is never kept. The memory is bounded by count (a session's token lives minutes); the keys of
 * an external issuer are fetched by the decoder it wraps, so a token verified once stays accepted until it expires
 * or is evicted even if the issuer withdraws its key meanwhile.
 */
public final class TokensVerificados implements ReactiveJwtDecoder {

    /** Tokens kept: one per active session, far more than the sessions a node serves at once. */
    static final int MAXIMO = 10_000;

    private final ReactiveJwtDecoder verificador;
    private final OAuth2TokenValidator<Jwt> validador;
    private final Cache<String, Jwt> verificados;

    /**
     * @param verificador decodes and verifies (signature, and the same validation on first use)
     * @param validador   what must hold at each use: run again for a token already verified
     */
    public TokensVerificados(ReactiveJwtDecoder verificador, OAuth2TokenValidator<Jwt> validador) {
        this(verificador, validador, MAXIMO);
    }

    TokensVerificados(ReactiveJwtDecoder verificador, OAuth2TokenValidator<Jwt> validador, int maximo) {
        this.verificador = verificador;
        this.validador = validador;
        // Evictions run on the caller's thread: no pool of Caffeine's own, nothing left behind on a Netty loop.
        this.verificados = Caffeine.newBuilder().maximumSize(maximo).executor(Runnable::run).build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt conocido = verificados.getIfPresent(token);
        if (conocido == null) {
            return verificador.decode(token).doOnNext(jwt -> verificados.put(token, jwt));
        }
        return Mono.fromCallable(() -> validar(conocido));
    }

    /** As the decoder it wraps refuses a token that fails validation: the same exception, the same errors. */
    private Jwt validar(Jwt jwt) {
        OAuth2TokenValidatorResult resultado = validador.validate(jwt);
        if (resultado.hasErrors()) {
            Collection<OAuth2Error> errores = resultado.getErrors();
            throw new JwtValidationException(errores.stream().map(OAuth2Error::getDescription)
                    .filter(d -> d != null && !d.isEmpty()).findFirst()
                    .map(d -> "An error occurred while attempting to decode the Jwt: " + d)
                    .orElse("Unable to validate Jwt"), errores);
        }
        return jwt;
    }

    /** Tokens kept now (for tests and diagnostics). */
    long guardados() {
        verificados.cleanUp();
        return verificados.estimatedSize();
    }
}
