package mx.pnt.query.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.HttpResources;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' client of the API against a real HTTP server on the loopback interface: a slow API gives the page a
 * Spanish 504 in bounded time, and the client does not depend on the JVM-wide Reactor Netty resources that another
 * application in the same JVM disposes when it stops.
 */
class ClienteDeLaApiTest {

    private LoopResources buclesDelServidor;
    private ReactorResourceFactory recursos;
    private DisposableServer servidor;

    @BeforeEach
    void recursosPropios() {
        buclesDelServidor = LoopResources.create("api-de-prueba", 1, true);
        recursos = new ReactorResourceFactory();
        recursos.setUseGlobalResources(false);
        recursos.start();
    }

    @AfterEach
    void liberar() {
        if (servidor != null) {
            servidor.disposeNow();
        }
        recursos.stop();
        buclesDelServidor.disposeLater().block(Duration.ofSeconds(10));
    }

    /** An API that answers {"ok":true} after {@code demora}, on event loops of its own. */
    private void api(Duration demora) {
        servidor = HttpServer.create().host("127.0.0.1").port(0).runOn(buclesDelServidor)
                .handle((peticion, respuesta) -> peticion.receive().then(Mono.delay(demora))
                        .then(respuesta.header("Content-Type", "application/json")
                                .sendString(Mono.just("{\"ok\":true}")).then()))
                .bindNow();
    }

    private ClienteDeLaApi cliente(Duration espera) {
        ClienteDeLaApi cliente = new ClienteDeLaApi(false, recursos, espera, espera);
        cliente.escucharEn(servidor.port());
        return cliente;
    }

    private static MockServerWebExchange pagina() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/tablero"));
    }

    @Test
    void unaLecturaSinRespuestaATiempoEsUn504ConSuTextoEnEspanol() {
        api(Duration.ofMinutes(5));
        RespuestaDeLaApi respuesta = cliente(Duration.ofSeconds(1)).leer(pagina(), "/api/tablero")
                .block(Duration.ofSeconds(20));

        assertThat(respuesta.status()).isEqualTo(504);
        assertThat(respuesta.problema().titulo()).isEqualTo("Sin respuesta a tiempo");
        assertThat(respuesta.problema().detalle()).isEqualTo(
                "La Plataforma no respondió en 1 segundos. Intente de nuevo en unos momentos.");
    }

    @Test
    void unEnvioSinRespuestaATiempoAdvierteQuePudoHaberseRegistrado() {
        api(Duration.ofMinutes(5));
        RespuestaDeLaApi respuesta = cliente(Duration.ofSeconds(1))
                .enviar(pagina(), "/api/solicitudes", Map.of("texto", "x")).block(Duration.ofSeconds(20));

        assertThat(respuesta.status()).isEqualTo(504);
        assertThat(respuesta.problema().detalle()).contains("pudo haberse registrado",
                "consulte el expediente antes de enviarla de nuevo");
    }

    @Test
    void unaDescargaSinRespuestaATiempoEsUn504ConSuProblemaEnEspanol() {
        api(Duration.ofMinutes(5));
        var respuesta = cliente(Duration.ofSeconds(1)).descargar(pagina(), "/api/documentos/x")
                .block(Duration.ofSeconds(20));

        assertThat(respuesta.getStatusCode().value()).isEqualTo(504);
        assertThat(respuesta.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(new String(respuesta.getBody(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"title\":\"Sin respuesta a tiempo\",\"status\":504,\"detail\":\"La Plataforma no respondió en 1 "
                        + "segundos. Intente de nuevo en unos momentos.\"}");
    }

    @Test
    void unaRespuestaATiempoLlegaComoLaDioLaApi() {
        api(Duration.ZERO);
        RespuestaDeLaApi respuesta = cliente(Duration.ofSeconds(10)).leer(pagina(), "/api/tablero")
                .block(Duration.ofSeconds(20));

        assertThat(respuesta.status()).isEqualTo(200);
        assertThat(respuesta.objeto()).containsEntry("ok", true);
    }

    /**
     * Another application of this JVM that stops disposes the JVM-wide loops and pool (Spring's global resources);
     * a page's call in flight at that moment still gets its answer.
     */
    @Test
    void laLlamadaEnCursoSobreviveALosRecursosGlobalesDesechadosPorOtraAplicacion() throws Exception {
        api(Duration.ofMillis(1500));
        ClienteDeLaApi cliente = cliente(Duration.ofSeconds(20));
        HttpResources.get();
        CompletableFuture<RespuestaDeLaApi> enCurso = cliente.leer(pagina(), "/api/tablero").toFuture();
        Thread.sleep(300);

        HttpResources.disposeLoopsAndConnectionsLater(Duration.ZERO, Duration.ofSeconds(5)).block();

        assertThat(enCurso.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
}
