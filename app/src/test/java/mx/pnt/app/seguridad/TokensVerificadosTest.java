package mx.pnt.app.seguridad;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import mx.pnt.app.RelojAjustable;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is verified once; what depends on the moment (expiry, issuer) at every use. */
class TokensVerificadosTest {

    private static final Instant AHORA = Instant.parse("2026-02-10T15:00:00Z");
    private static final SecretKey LLAVE = llave("una llave de prueba de treinta y dos bytes o más, para HS256");
    private static final SecretKey OTRA_LLAVE = llave("otra llave de prueba de treinta y dos bytes o más, HS256");

    private final RelojAjustable reloj = new RelojAjustable(AHORA);
    private final AtomicInteger verificaciones = new AtomicInteger();

    private static SecretKey llave(String texto) {
        return new SecretKeySpec(texto.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static String token(SecretKey llave, String emisor, Instant vence) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(llave)).encode(JwtEncoderParameters.from(
                JwsHeader.with(MacAlgorithm.HS256).build(), JwtClaimsSet.builder().issuer(emisor).subject("ciudadana")
                        .claim("rol", "SOLICITANTE").issuedAt(AHORA.minusSeconds(60)).expiresAt(vence).build()))
                .getTokenValue();
    }

    /** As SeguridadConfiguration builds it, with a count of the verifications that reach Nimbus. */
    private TokensVerificados decodificador(int maximo) {
        JwtTimestampValidator vigencia = new JwtTimestampValidator(Duration.ZERO);
        vigencia.setClock(reloj);
        OAuth2TokenValidator<Jwt> validador = new DelegatingOAuth2TokenValidator<>(vigencia,
                new JwtIssuerValidator(SeguridadConfiguration.EMISOR));
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withSecretKey(LLAVE)
                .macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(validador);
        ReactiveJwtDecoder contado = token -> {
            verificaciones.incrementAndGet();
            return nimbus.decode(token);
        };
        return new TokensVerificados(contado, validador, maximo);
    }

    /** A token of the platform's own issuer, valid until {@code vence}, already decoded once by {@code tokens}. */
    private static String yaVerificado(TokensVerificados tokens, Instant vence) {
        String token = token(LLAVE, SeguridadConfiguration.EMISOR, vence);
        tokens.decode(token).block();
        return token;
    }

    @Test
    void elMismoTokenSeVerificaUnaSolaVez() {
        TokensVerificados tokens = decodificador(TokensVerificados.MAXIMO);
        String token = token(LLAVE, SeguridadConfiguration.EMISOR, AHORA.plusSeconds(3600));

        Jwt primero = tokens.decode(token).block();
        Jwt segundo = tokens.decode(token).block();

        assertThat(primero.getSubject()).isEqualTo("ciudadana");
        assertThat(segundo).isSameAs(primero);
        assertThat(verificaciones).hasValue(1);
        assertThat(tokens.guardados()).isEqualTo(1);
    }

    @Test
    void unTokenGuardadoQueVencioSeRechazaConElRelojDeLaPlataforma() {
        TokensVerificados tokens = decodificador(TokensVerificados.MAXIMO);
        String token = yaVerificado(tokens, AHORA.plusSeconds(600));

        reloj.fijar(AHORA.plusSeconds(601));

        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verificaciones).hasValue(1);
    }

    @Test
    void unTokenFalsificadoOVencidoNoSeGuarda() {
        TokensVerificados tokens = decodificador(TokensVerificados.MAXIMO);
        String falsificado = token(OTRA_LLAVE, SeguridadConfiguration.EMISOR, AHORA.plusSeconds(3600));
        String vencido = token(LLAVE, SeguridadConfiguration.EMISOR, AHORA.minusSeconds(1));
        String deOtroEmisor = token(LLAVE, "otro-emisor", AHORA.plusSeconds(3600));

        for (String token : new String[] {falsificado, vencido, deOtroEmisor}) {
            assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtException.class);
            // Refused again on its own merits, not from memory.
            assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtException.class);
        }
        assertThat(verificaciones).hasValue(6);
        assertThat(tokens.guardados()).isZero();
    }

    @Test
    void laMemoriaTieneUnTope() {
        TokensVerificados tokens = decodificador(2);
        for (int i = 0; i < 5; i++) {
            yaVerificado(tokens, AHORA.plusSeconds(3600 + i));
        }
        assertThat(tokens.guardados()).isLessThanOrEqualTo(2);
    }

    @Test
    void unTokenGuardadoSeValidaAlSuscribirse() {
        TokensVerificados tokens = decodificador(TokensVerificados.MAXIMO);
        String token = yaVerificado(tokens, AHORA.plusSeconds(3600));
        reloj.fijar(AHORA.plusSeconds(7200));

        Mono<Jwt> diferido = tokens.decode(token);

        // The validator runs when the request subscribes, against the clock of that moment.
        reloj.fijar(AHORA);
        assertThat(diferido.block()).isNotNull();
    }
}
