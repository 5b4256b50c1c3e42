package mx.pnt.app.limites;

import mx.pnt.app.RelojAjustable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimiteDeEstadisticasTest {

    private final RelojAjustable reloj = new RelojAjustable(Instant.parse("2026-02-10T16:00:00Z"));
    /** Three consultas in a row, then one every 20 seconds (3 per minute). */
    private final LimiteDeEstadisticas limite = new LimiteDeEstadisticas(reloj, 3, 3);
    private final AtomicInteger atendidas = new AtomicInteger();

    private MockServerWebExchange pedir(String ruta, String direccion) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(ruta)
                .remoteAddress(new InetSocketAddress(direccion, 40000)));
        limite.filter(exchange, e -> {
            atendidas.incrementAndGet();
            return Mono.empty();
        }).block();
        return exchange;
    }

    private ServerWebExchange pedirComo(String usuario) {
        MockServerWebExchange base = MockServerWebExchange.from(MockServerHttpRequest.get("/api/estadisticas")
                .remoteAddress(new InetSocketAddress("10.0.0.9", 40000)));
        Principal principal = () -> usuario;
        ServerWebExchange exchange = base.mutate().principal(Mono.just(principal)).build();
        limite.filter(exchange, e -> {
            atendidas.incrementAndGet();
            return Mono.empty();
        }).block();
        return exchange;
    }

    @Test
    void despuesDeLaCapacidadRespondeCuatrocientosVeintinueveEnEspanolSinConsultar() {
        for (int i = 2; i >= 0; i--) {
            MockServerWebExchange permitida = pedir("/api/estadisticas", "10.0.0.1");
            assertThat(permitida.getResponse().getStatusCode()).isNull();
            assertThat(permitida.getResponse().getHeaders().getFirst(LimiteDeEstadisticas.RESTANTES))
                    .isEqualTo(Integer.toString(i));
        }
        MockServerWebExchange negada = pedir("/api/estadisticas.csv", "10.0.0.1");
        assertThat(atendidas).hasValue(3);
        assertThat(negada.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(negada.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // One consulta comes back every 20 seconds.
        assertThat(negada.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("20");
        assertThat(negada.getResponse().getBodyAsString().block())
                .contains("\"status\":429", "\"codigo\":\"demasiadas-consultas\"", "Demasiadas consultas",
                        "3 consultas seguidas y 3 por minuto", "en 20 segundos", "\"instance\":\"/api/estadisticas.csv\"");
    }

    @Test
    void elBaldeSeRellenaConElTiempoDelReloj() {
        for (int i = 0; i < 3; i++) {
            pedir("/api/estadisticas", "10.0.0.2");
        }
        reloj.fijar(reloj.instant().plus(Duration.ofSeconds(19)));
        assertThat(pedir("/api/estadisticas", "10.0.0.2").getResponse().getHeaders().getFirst("Retry-After"))
                .isEqualTo("1");
        reloj.fijar(reloj.instant().plus(Duration.ofSeconds(1)));
        assertThat(pedir("/api/estadisticas", "10.0.0.2").getResponse().getStatusCode()).isNull();
        assertThat(atendidas).hasValue(4);
    }

    @Test
    void cadaClienteTieneSuBaldeYLasDemasRutasNoCuentan() {
        for (int i = 0; i < 3; i++) {
            pedir("/api/estadisticas", "10.0.0.3");
        }
        assertThat(pedir("/api/estadisticas", "10.0.0.3").getResponse().getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(pedir("/api/estadisticas", "10.0.0.4").getResponse().getStatusCode()).isNull();
        // Another route, or a method other than GET, is not limited and says nothing about the limit.
        MockServerWebExchange seguimiento = pedir("/api/seguimiento/X", "10.0.0.3");
        assertThat(seguimiento.getResponse().getHeaders().getFirst(LimiteDeEstadisticas.RESTANTES)).isNull();
        MockServerWebExchange post = MockServerWebExchange.from(MockServerHttpRequest.post("/api/estadisticas")
                .remoteAddress(new InetSocketAddress("10.0.0.3", 40000)));
        limite.filter(post, e -> {
            atendidas.incrementAndGet();
            return Mono.empty();
        }).block();
        assertThat(atendidas).hasValue(6);
        // A client with a token has a bucket of its own, whatever its address.
        for (int i = 0; i < 3; i++) {
            assertThat(pedirComo("analista").getResponse().getStatusCode()).isNull();
        }
        assertThat(pedirComo("analista").getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(pedirComo("otra-analista").getResponse().getStatusCode()).isNull();
    }

    @Test
    void unaAutenticacionAnonimaCuentaPorDireccionNoComoUnSoloCliente() {
        Principal anonimo = new AnonymousAuthenticationToken("clave", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        for (String direccion : new String[]{"10.0.0.5", "10.0.0.5", "10.0.0.5", "10.0.0.6"}) {
            MockServerWebExchange base = MockServerWebExchange.from(MockServerHttpRequest.get("/api/estadisticas")
                    .remoteAddress(new InetSocketAddress(direccion, 40000)));
            ServerWebExchange exchange = base.mutate().principal(Mono.just(anonimo)).build();
            limite.filter(exchange, e -> {
                atendidas.incrementAndGet();
                return Mono.empty();
            }).block();
        }
        // Three from one address and one from another: all served, each address with its own bucket.
        assertThat(atendidas).hasValue(4);
        assertThat(pedir("/api/estadisticas", "10.0.0.5").getResponse().getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void unLimiteSinConsultasNoSeAdmite() {
        assertThatThrownBy(() -> new LimiteDeEstadisticas(reloj, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LimiteDeEstadisticas(reloj, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
