package mx.pnt.app;

import mx.pnt.PlataformaApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stop and start the platform on the same data folder: nothing recorded is lost, folios are never reused. */
class ReinicioTest {

    @TempDir
    Path datos;

    private ConfigurableApplicationContext arrancar() {
        return new SpringApplicationBuilder(PlataformaApplication.class).run(
                "--server.port=0",
                "--pnt.postgres-embebido.datos=" + datos.resolve("postgres"),
                "--pnt.seguridad.llave=" + datos.resolve("llave-jwt.bin"));
    }

    private static WebTestClient cliente(ConfigurableApplicationContext contexto) {
        int puerto = ((WebServerApplicationContext) contexto).getWebServer().getPort();
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + puerto)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static String presentar(WebTestClient web) {
        Map<?, ?> sesion = web.post().uri("/api/sesiones").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("usuario", "ciudadana", "contrasena", "ciudadana-demo"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> acuse = web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth((String) sesion.get("token")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-sep", "descripcion", "Matrícula escolar 2024",
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) acuse.get("folio");
    }

    private static void seguir(WebTestClient web, String folio) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/seguimiento/{folio}", folio).exchange().expectStatus().isOk());
    }

    @Test
    void alReiniciarSeConservanLosFoliosYLosNuevosSonDistintos() {
        String primero;
        try (ConfigurableApplicationContext contexto = arrancar()) {
            WebTestClient web = cliente(contexto);
            primero = presentar(web);
            seguir(web, primero);
        }
        try (ConfigurableApplicationContext contexto = arrancar()) {
            WebTestClient web = cliente(contexto);
            seguir(web, primero);
            String segundo = presentar(web);
            assertThat(segundo).isNotEqualTo(primero);
            seguir(web, segundo);
        }
    }
}
