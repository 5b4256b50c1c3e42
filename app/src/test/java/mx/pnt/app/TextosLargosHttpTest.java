package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing accepted is lost: the longest texts the command side admits (docs/limites.md) travel intact, accents and
 * eñes included, to every read model that shows them; one character more is a 422 that writes nothing.
 */
class TextosLargosHttpTest extends PlataformaEnPruebas {

    /** {@code n} characters of Spanish text with accents, eñes and signs. */
    private static String texto(int n) {
        String base = "Año de la niñez: acción, información pública ¿dónde? ¡así! ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            sb.append(base);
        }
        return sb.substring(0, n);
    }

    @Test
    void losTextosMasLargosAdmitidosLleganIntactosALasVistas() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("textos", "America/Mexico_City");
        registrarSujetoObligado("so-textos", "950001", "textos");
        String admin = token("admin", "admin-demo");
        String motivo = texto(500);
        String acuerdo = texto(255);

        long antes = eventosAlmacenados();
        web.post().uri("/api/calendarios/garante:textos/dias-inhabiles").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-02-19", "motivo", motivo + "x", "acuerdo", acuerdo,
                        "fechaPublicacion", "2026-02-10"))
                .exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("500 caracteres"));
        assertThat(eventosAlmacenados()).isEqualTo(antes);

        web.post().uri("/api/calendarios/garante:textos/dias-inhabiles").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-02-19", "motivo", motivo, "acuerdo", acuerdo,
                        "fechaPublicacion", "2026-02-10"))
                .exchange().expectStatus().isOk();

        String ciudadana = token("ciudadana", "ciudadana-demo");
        Map<String, Object> larga = Map.of("sujetoObligadoId", "so-textos", "descripcion", texto(4000),
                "modalidadDeEntrega", "ELECTRONICA", "nombreOSeudonimo", texto(300),
                "medioDeNotificacion", "CORREO_ELECTRONICO",
                "correoElectronico", "a".repeat(64) + "@" + "b".repeat(182) + ".mx.org");
        antes = eventosAlmacenados();
        web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(ciudadana))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-textos", "descripcion", texto(4001),
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        Map<?, ?> acuse = web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(ciudadana))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(larga)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String folio = (String) acuse.get("folio");

        // The calendar read model, as of today, shows both texts whole.
        // The projection follows the event store asynchronously: wait until it shows the día inhábil.
        // Until the projection has the calendar at all, it answers 404: not ready yet, not a failure.
        Map<?, ?> calendario = await().atMost(Duration.ofSeconds(30)).until(() -> {
            var respuesta = web.get().uri("/api/calendarios/garante:textos?fecha=2026-02-10")
                    .headers(h -> h.setBearerAuth(admin)).exchange().returnResult(Map.class);
            return respuesta.getStatus().is2xxSuccessful() ? respuesta.getResponseBody().blockFirst() : null;
        }, c -> c != null && !((List<?>) c.get("diasInhabiles")).isEmpty());
        Map<?, ?> dia = (Map<?, ?>) ((List<?>) calendario.get("diasInhabiles")).get(0);
        assertThat(dia.get("motivo")).isEqualTo(motivo);
        assertThat(dia.get("acuerdo")).isEqualTo(acuerdo);

        // The plazos read model shows the proof with the whole motive and agreement of the skipped day.
        Map<?, ?> plazos = await().atMost(Duration.ofSeconds(30)).until(() -> {
            var respuesta = web.get().uri("/api/plazos/{folio}", folio).exchange().returnResult(Map.class);
            return respuesta.getStatus().is2xxSuccessful() ? respuesta.getResponseBody().blockFirst() : null;
        }, p -> p != null);
        Map<?, ?> plazo = (Map<?, ?>) ((List<?>) plazos.get("plazos")).get(0);
        assertThat((String) plazo.get("explicacion")).contains(motivo, acuerdo);
        assertThat((List<?>) plazo.get("computo")).anySatisfy(d -> assertThat((String) ((Map<?, ?>) d).get("razon"))
                .contains(motivo, acuerdo));
    }

    @Test
    void elInstanteDelAcuseEsElMismoEnElEventoYEnElSeguimiento() {
        // Nanoseconds on the clock: the platform keeps microseconds, like PostgreSQL, everywhere.
        reloj.fijar(Instant.parse("2026-02-10T16:00:00.123456789Z"));
        Map<?, ?> acuse = presentarSolicitud("so-imss", "Plazas 2025");
        assertThat(acuse.get("fechaHoraDeRecepcion")).isEqualTo("2026-02-10T10:00:00.123456");
        String folio = (String) acuse.get("folio");
        Map<?, ?> seguimiento = await().atMost(Duration.ofSeconds(30)).until(() -> web.get()
                .uri("/api/seguimiento/{folio}", folio).exchange().returnResult(Map.class).getResponseBody()
                .blockFirst(), s -> s != null && s.get("fechaHoraDeRecepcion") != null);
        assertThat(seguimiento.get("fechaHoraDeRecepcion")).isEqualTo(acuse.get("fechaHoraDeRecepcion"));
        String evento = new String(jdbc.queryForObject("select payload from domain_event_entry where "
                + "aggregate_identifier = ?", byte[].class, folio), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(evento).contains("\"instante\":\"2026-02-10T16:00:00.123456Z\"")
                .doesNotContain("123456789");
    }
}
