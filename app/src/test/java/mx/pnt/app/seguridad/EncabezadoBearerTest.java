package mx.pnt.app.seguridad;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Authorization header as RFC 6750, section 2.1, writes a bearer token. */
class EncabezadoBearerTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaXVkYWRhbmEifQ.abc-_~+/9";

    @Test
    void unTokenBearerSeEntregaTalCual() {
        assertThat(EncabezadoBearer.token("Bearer " + JWT)).isEqualTo(JWT);
        assertThat(EncabezadoBearer.token("Bearer abc==")).isEqualTo("abc==");
    }

    @Test
    void elEsquemaNoDistingueMayusculas() {
        assertThat(EncabezadoBearer.token("bearer " + JWT)).isEqualTo(JWT);
        assertThat(EncabezadoBearer.token("BEARER " + JWT)).isEqualTo(JWT);
    }

    @Test
    void sinEncabezadoOConOtroEsquemaNoHayToken() {
        assertThat(EncabezadoBearer.token(null)).isNull();
        assertThat(EncabezadoBearer.token("Basic Y2l1ZGFkYW5hOng=")).isNull();
        assertThat(EncabezadoBearer.token("")).isNull();
        assertThat(EncabezadoBearer.token("Bear " + JWT)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  " + JWT, "Bearer" + JWT, "Bearer a b", "Bearer a=b",
            "Bearer =", "Bearer ñandú", "Bearer a\tb", "Bearer abc= "})
    void unEncabezadoBearerMalFormadoSeRechaza(String encabezado) {
        assertThatThrownBy(() -> EncabezadoBearer.token(encabezado))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo("invalid_token"));
    }

    @Test
    void elConversorLeeElEncabezadoDeLaPeticion() {
        var conToken = MockServerWebExchange.from(MockServerHttpRequest.get("/api/bandejas/solicitante")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + JWT));
        var sinToken = MockServerWebExchange.from(MockServerHttpRequest.get("/api/bandejas/solicitante"));
        // A token in the URI is never taken.
        var enLaUri = MockServerWebExchange.from(MockServerHttpRequest.get("/api/bandejas/solicitante")
                .queryParam("access_token", JWT));

        assertThat(new EncabezadoBearer().convert(conToken).block())
                .isInstanceOfSatisfying(BearerTokenAuthenticationToken.class,
                        t -> assertThat(t.getToken()).isEqualTo(JWT));
        assertThat(new EncabezadoBearer().convert(sinToken).blockOptional()).isEmpty();
        assertThat(new EncabezadoBearer().convert(enLaUri).blockOptional()).isEmpty();
    }
}
