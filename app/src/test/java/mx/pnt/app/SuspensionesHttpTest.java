package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Suspensions through the HTTP API, on a garante of this test's own: a retroactive one that covers the reception
 * moves the legal reception date shown to the public, and a lifting "a partir de" a date keeps the days before
 * it suspended (Vigésimo tercero II; Cuadragésimo noveno).
 */
class SuspensionesHttpTest extends PlataformaEnPruebas {

    private static final String CALENDARIO = "garante:suspensiones";

    private Map<?, ?> plazos(String folio, String vencimiento) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var respuesta = web.get().uri("/api/plazos/{folio}", folio).exchange().returnResult(Map.class);
            return respuesta.getStatus().is2xxSuccessful() ? respuesta.getResponseBody().blockFirst() : null;
        }, p -> p != null && vencimiento.equals(((Map<?, ?>) ((List<?>) p.get("plazos")).get(0)).get("vencimiento")));
    }

    private Map<?, ?> seguimiento(String folio, String recepcion, String vencimiento) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                        web.get().uri("/api/seguimiento/{folio}", folio).exchange().returnResult(Map.class)
                                .getResponseBody().blockFirst(),
                s -> s != null && recepcion.equals(s.get("fechaDeRecepcionLegal"))
                        && vencimiento.equals(s.get("vencimientoDeRespuesta")));
    }

    private void admin(String uri, Map<String, ?> cuerpo) {
        web.post().uri(uri).headers(h -> h.setBearerAuth(token("admin", "admin-demo")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(cuerpo).exchange()
                .expectStatus().is2xxSuccessful();
    }

    @Test
    void suspensionRetroactivaYLevantamientoAPartirDeUnaFecha() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("suspensiones", "America/Mexico_City");
        registrarSujetoObligado("so-suspensiones", "940001", "suspensiones");
        Map<?, ?> acuse = presentarSolicitud("so-suspensiones", "Viáticos 2025");
        String folio = (String) acuse.get("folio");
        assertThat(acuse.get("fechaDeRecepcionLegal")).isEqualTo("2026-02-10");
        String vencimiento = (String) acuse.get("vencimientoDeRespuesta");
        plazos(folio, vencimiento);

        // On 16 February a suspension of 9-13 February is decreed: the solicitud now counts as received on the 16th,
        // and the public tracking shows that date together with the new deadline.
        reloj.fijar(Instant.parse("2026-02-16T17:00:00Z"));
        admin("/api/calendarios/" + CALENDARIO + "/suspensiones", Map.of("suspensionId", "falla-febrero",
                "desde", "2026-02-09", "hasta", "2026-02-13", "motivo", "Falla de la Plataforma",
                "acuerdo", "ACT-SUSP/01/2026", "fechaPublicacion", "2026-02-16"));
        Map<?, ?> movido = plazos(folio, "2026-03-16");
        assertThat(((Map<?, ?>) ((List<?>) movido.get("plazos")).get(0)).get("disparo")).isEqualTo("2026-02-16");
        seguimiento(folio, "2026-02-16", "2026-03-16");

        // A vacation suspension of 23 February to 6 March, lifted on the 25th "a partir del 26": the 23rd, 24th
        // and 25th stay suspended (three días hábiles), the rest count again.
        admin("/api/calendarios/" + CALENDARIO + "/suspensiones", Map.of("suspensionId", "vacaciones",
                "desde", "2026-02-23", "hasta", "2026-03-06", "motivo", "Periodo vacacional",
                "acuerdo", "ACT-SUSP/02/2026", "fechaPublicacion", "2026-02-16"));
        plazos(folio, "2026-03-30");
        reloj.fijar(Instant.parse("2026-02-25T17:00:00Z"));
        admin("/api/calendarios/" + CALENDARIO + "/suspensiones/vacaciones/levantamiento", Map.of(
                "aPartirDe", "2026-02-26", "acuerdo", "ACT-LEV/01/2026", "fechaPublicacion", "2026-02-25"));
        Map<?, ?> levantado = plazos(folio, "2026-03-19");
        List<?> computo = (List<?>) ((Map<?, ?>) ((List<?>) levantado.get("plazos")).get(0)).get("computo");
        assertThat(computo).anySatisfy(dia -> {
            assertThat(((Map<?, ?>) dia).get("fecha")).isEqualTo("2026-02-25");
            assertThat(((Map<?, ?>) dia).get("motivo")).isEqualTo("SUSPENSION");
        });
        assertThat(computo).anySatisfy(dia -> {
            assertThat(((Map<?, ?>) dia).get("fecha")).isEqualTo("2026-02-26");
            assertThat(((Map<?, ?>) dia).get("contado")).isEqualTo(true);
        });

        // A lifting from a date already past is refused with the rule, and writes nothing.
        long antes = eventosAlmacenados();
        web.post().uri("/api/calendarios/" + CALENDARIO + "/suspensiones/falla-febrero/levantamiento")
                .headers(h -> h.setBearerAuth(token("admin", "admin-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("aPartirDe", "2026-02-10", "acuerdo", "ACT-LEV/02/2026",
                        "fechaPublicacion", "2026-02-25"))
                .exchange().expectStatus().is4xxClientError()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }
}
