package mx.pnt.app.seguridad;

import mx.pnt.app.PlataformaEnPruebas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.mock.web.server.MockWebSession;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is stateless: its identity comes with each request's token. Spring Security's defaults would look the
 * security context and the saved request up in a web session, and each look-up made one (a random id, a hop to
 * another thread and back), at every request. The web pages keep their session.
 */
class ApiSinSesionesWebTest extends PlataformaEnPruebas {

    @Autowired
    private WebFilterChainProxy seguridad;

    private final AtomicInteger sesiones = new AtomicInteger();
    /** Counts the sessions asked for: the exchange asks its manager lazily, when something subscribes. */
    private final WebSessionManager contador = exchange -> Mono.fromSupplier(() -> {
        sesiones.incrementAndGet();
        return new MockWebSession();
    });

    @Test
    void unaPeticionConTokenNoPideSesion() {
        String token = tokenDe("admin-pruebas", "ADMIN", null, null);
        assertThat(sesionesPedidasPor(MockServerHttpRequest.get("/api/admin/proyecciones")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build())).isZero();
    }

    @Test
    void unaConsultaAnonimaNoPideSesion() {
        assertThat(sesionesPedidasPor(MockServerHttpRequest.get("/api/seguimiento/110001260000001").build()))
                .isZero();
    }

    /** The count above can fail: a page reads who is signed in from its session. */
    @Test
    void unaPaginaSiLeeSuSesion() {
        assertThat(sesionesPedidasPor(MockServerHttpRequest.get("/seguimiento").build())).isPositive();
    }

    /** Runs the security filters up to a handler that reads the security context, as the controllers do. */
    private int sesionesPedidasPor(MockServerHttpRequest peticion) {
        sesiones.set(0);
        MockServerWebExchange exchange = MockServerWebExchange.builder(peticion).sessionManager(contador).build();
        AtomicBoolean atendida = new AtomicBoolean();
        seguridad.filter(exchange, filtrado -> ReactiveSecurityContextHolder.getContext().then(
                        Mono.fromRunnable(() -> atendida.set(true))))
                .block(Duration.ofSeconds(10));
        assertThat(atendida).as("la petición llegó a su manejador").isTrue();
        return sesiones.get();
    }
}
