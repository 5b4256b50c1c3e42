package mx.pnt.app.seguridad;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bearer token of a request, read from its {@code Authorization} header as RFC 6750 (section 2.1) writes it:
 * the scheme {@code Bearer} in any case, one space, then a b64token ({@code A-Z a-z 0-9 - . _ ~ + /}, then
 * {@code =} padding only at the end). A header of another scheme is no bearer token (the request is anonymous); a
 * Bearer header that is not a b64token is refused as malformed. The token is never taken from the URI or the body.
 *
 * <p>Spring Security's own converter checks the same with a case-insensitive regular expression, which was about
 * a seventh of the HTTP event loop's time in a presentation (docs/performance.md); this is one pass over the
 * characters.
 */
final class EncabezadoBearer implements ServerAuthenticationConverter {

    private static final String ESQUEMA = "Bearer";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
                .map(BearerTokenAuthenticationToken::new);
    }

    /** The token of a header value, null when it is not a bearer header; a malformed bearer token is refused. */
    static String token(String encabezado) {
        if (encabezado == null || !encabezado.regionMatches(true, 0, ESQUEMA, 0, ESQUEMA.length())) {
            return null;
        }
        int inicio = ESQUEMA.length() + 1;
        if (encabezado.length() <= inicio || encabezado.charAt(ESQUEMA.length()) != ' '
                || !esB64token(encabezado, inicio)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return encabezado.substring(inicio);
    }

    /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="} from {@code desde} to the end. */
    private static boolean esB64token(String texto, int desde) {
        int i = desde;
        while (i < texto.length() && esDeToken(texto.charAt(i))) {
            i++;
        }
        if (i == desde) {
            return false;
        }
        while (i < texto.length() && texto.charAt(i) == '=') {
            i++;
        }
        return i == texto.length();
    }

    private static boolean esDeToken(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
