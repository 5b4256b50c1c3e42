package mx.pnt.app.operacion;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #12, graceful shutdown: once asked to stop, a new request is refused (503) before it reaches a handler. */
class DetencionOrdenadaTest {

    private final DetencionOrdenada detencion = new DetencionOrdenada();
    private final AtomicInteger atendidas = new AtomicInteger();
    private final WebFilterChain manejador = exchange -> {
        atendidas.incrementAndGet();
        exchange.getResponse().setStatusCode(HttpStatus.CREATED);
        return Mono.empty();
    };

    private static MockServerWebExchange presentacion() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/solicitudes"));
    }

    @Test
    void enMarchaDejaPasarCadaPeticion() {
        detencion.start();
        MockServerWebExchange exchange = presentacion();

        detencion.filter(exchange, manejador).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(atendidas).hasValue(1);
        assertThat(detencion.isRunning()).isTrue();
        assertThat(detencion.deteniendose()).isFalse();
    }

    @Test
    void alDetenerseRechazaLasNuevasConUnProblemaEnEspanolSinLlegarAlManejador() {
        detencion.start();
        detencion.stop();
        MockServerWebExchange exchange = presentacion();

        detencion.filter(exchange, manejador).block();

        var respuesta = exchange.getResponse();
        assertThat(respuesta.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(respuesta.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(respuesta.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(respuesta.getBodyAsString().block())
                .contains("\"title\":\"Plataforma deteniéndose\"", "\"status\":503", "no se registró nada");
        assertThat(atendidas).hasValue(0);
        assertThat(detencion.isRunning()).isFalse();
    }

    @Test
    void esLoPrimeroQueSeDetiene() {
        // Spring stops higher phases first: before the web server's graceful wait and before Axon's handlers.
        assertThat(detencion.getPhase()).isEqualTo(Integer.MAX_VALUE);
    }
}
