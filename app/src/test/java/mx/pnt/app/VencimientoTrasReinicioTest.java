package mx.pnt.app;

import mx.pnt.PlataformaApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timer of plazos run out keeps nothing in memory: the platform is stopped between the presentation (which
 * schedules the deadline) and the day after it, and on the next start the falta de respuesta is recorded.
 */
class VencimientoTrasReinicioTest {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    /** The platform's clock in this test; each start reads it. */
    private static final RelojAjustable RELOJ = new RelojAjustable(Instant.EPOCH);

    @TempDir
    Path datos;

    @Configuration(proxyBeanMethods = false)
    static class RelojDelTest {
        @Bean
        @Primary
        Clock relojDelTest() {
            return RELOJ;
        }
    }

    private ConfigurableApplicationContext arrancar() {
        return new SpringApplicationBuilder(PlataformaApplication.class, RelojDelTest.class).run(
                "--server.port=0",
                "--pnt.postgres-embebido.datos=" + datos.resolve("postgres"),
                "--pnt.seguridad.llave=" + datos.resolve("llave-jwt.bin"),
                "--pnt.vencimientos.intervalo=PT0.2S");
    }

    private static long faltasDeRespuesta(ConfigurableApplicationContext contexto, String folio) {
        return contexto.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like '%FaltaDeRespuestaRegistrada'", Long.class,
                folio);
    }

    @Test
    void laFaltaDeRespuestaSeRegistraAunqueLaPlataformaSeDetengaAntesDelVencimiento() throws Exception {
        RELOJ.fijar(LocalDateTime.of(2026, 2, 10, 10, 0).atZone(CDMX).toInstant());
        String folio;
        try (ConfigurableApplicationContext contexto = arrancar()) {
            int puerto = ((WebServerApplicationContext) contexto).getWebServer().getPort();
            WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + puerto)
                    .responseTimeout(Duration.ofSeconds(60)).build();
            Map<?, ?> sesion = web.post().uri("/api/sesiones").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("usuario", "ciudadana", "contrasena", "ciudadana-demo"))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            Map<?, ?> acuse = web.post().uri("/api/solicitudes")
                    .headers(h -> h.setBearerAuth((String) sesion.get("token")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sujetoObligadoId", "so-salud", "descripcion", "Padrón de proveedores 2024",
                            "modalidadDeEntrega", "ELECTRONICA"))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            folio = (String) acuse.get("folio");
            assertThat(acuse.get("vencimientoDeRespuesta")).isEqualTo("2026-03-10");
            // Several rounds of the timer pass while the plazo runs: nothing is recorded.
            Thread.sleep(1000);
            assertThat(faltasDeRespuesta(contexto, folio)).isZero();
        }

        RELOJ.fijar(LocalDateTime.of(2026, 3, 11, 9, 0).atZone(CDMX).toInstant());
        try (ConfigurableApplicationContext contexto = arrancar()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> faltasDeRespuesta(contexto, folio) == 1);
            Thread.sleep(1000);
            assertThat(faltasDeRespuesta(contexto, folio)).isEqualTo(1);
        }
    }
}
