package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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

    private Map<?, ?> plazoQue(String folio, Predicate<Map<?, ?>> condicion) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var respuesta = web.get().uri("/api/plazos/{folio}", folio).exchange().returnResult(Map.class);
            return respuesta.getStatus().is2xxSuccessful()
                    ? (Map<?, ?>) ((List<?>) respuesta.getResponseBody().blockFirst().get("plazos")).get(0) : null;
        }, p -> p != null && condicion.test(p));
    }

    private Map<?, ?> seguimientoQue(String folio, Predicate<Map<?, ?>> condicion) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                        web.get().uri("/api/seguimiento/{folio}", folio).exchange().returnResult(Map.class)
                                .getResponseBody().blockFirst(), s -> s != null && condicion.test(s));
    }

    /**
     * Vigésimo tercero II: a suspension "hasta nuevo aviso" stops the running plazos, which show no deadline until
     * it is lifted; a solicitud received meanwhile has no legal reception date yet (Cuadragésimo noveno). Lifted "a
     * partir de" a date, each plazo goes on with the días it had already run.
     */
    @Test
    void suspensionHastaNuevoAvisoDetieneLosPlazosHastaSuLevantamiento() {
        String calendario = "garante:indefinida";
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("indefinida", "America/Mexico_City");
        registrarSujetoObligado("so-indefinida", "940002", "indefinida");
        String previo = (String) presentarSolicitud("so-indefinida", "Nómina 2025").get("folio");

        // A final date together with "hasta nuevo aviso" is refused in Spanish and writes nothing.
        long antes = eventosAlmacenados();
        Map<String, Object> ambigua = new HashMap<>(Map.of("suspensionId", "ambigua", "desde", "2026-02-16",
                "hasta", "2026-02-20", "hastaNuevoAviso", true, "motivo", "Contingencia",
                "acuerdo", "ACT-SUSP/10/2026", "fechaPublicacion", "2026-02-10"));
        web.post().uri("/api/calendarios/" + calendario + "/suspensiones")
                .headers(h -> h.setBearerAuth(token("admin", "admin-demo")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(ambigua)
                .exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("no ambas"));
        assertThat(eventosAlmacenados()).isEqualTo(antes);

        admin("/api/calendarios/" + calendario + "/suspensiones", Map.of("suspensionId", "contingencia",
                "desde", "2026-02-16", "hastaNuevoAviso", true, "motivo", "Contingencia sanitaria",
                "acuerdo", "ACT-SUSP/11/2026", "fechaPublicacion", "2026-02-10"));
        Map<?, ?> detenido = plazoQue(previo, p -> p.get("vencimiento") == null);
        assertThat(detenido.get("suspendidoDesde")).isEqualTo("2026-02-16");
        assertThat((String) detenido.get("explicacion")).contains("hasta nuevo aviso");
        Map<?, ?> publico = seguimientoQue(previo, s -> s.get("vencimientoDeRespuesta") == null);
        assertThat(publico.get("fechaDeRecepcionLegal")).isEqualTo("2026-02-10");
        assertThat(publico.get("plazoSuspendidoDesde")).isEqualTo("2026-02-16");
        assertThat((String) publico.get("aviso")).contains("suspendidos desde el 16/02/2026 hasta nuevo aviso");

        // Received during the suspension: no legal reception date nor deadline yet, on the acuse and in public.
        reloj.fijar(Instant.parse("2026-02-17T17:00:00Z"));
        Map<?, ?> acuse = presentarSolicitud("so-indefinida", "Viáticos 2025");
        String retenido = (String) acuse.get("folio");
        assertThat(acuse.get("fechaDeRecepcionLegal")).isNull();
        assertThat(acuse.get("vencimientoDeRespuesta")).isNull();
        assertThat(acuse.get("plazoSuspendidoDesde")).isEqualTo("2026-02-17");
        assertThat((String) seguimientoQue(retenido, s -> s.get("aviso") != null).get("aviso"))
                .contains("se tendrá por recibida el primer día hábil siguiente al levantamiento");

        // Lifted on 20 February "a partir del 23": the first solicitud had run 3 días (11-13 February) and ends
        // on 17 March; the second counts as received on the 23rd and ends on 23 March.
        reloj.fijar(Instant.parse("2026-02-20T17:00:00Z"));
        admin("/api/calendarios/" + calendario + "/suspensiones/contingencia/levantamiento", Map.of(
                "aPartirDe", "2026-02-23", "acuerdo", "ACT-LEV/11/2026", "fechaPublicacion", "2026-02-20"));
        assertThat(plazoQue(previo, p -> p.get("vencimiento") != null).get("vencimiento")).isEqualTo("2026-03-17");
        Map<?, ?> reanudado = seguimientoQue(retenido, s -> s.get("vencimientoDeRespuesta") != null);
        assertThat(reanudado.get("fechaDeRecepcionLegal")).isEqualTo("2026-02-23");
        assertThat(reanudado.get("vencimientoDeRespuesta")).isEqualTo("2026-03-23");
        assertThat(reanudado.get("plazoSuspendidoDesde")).isNull();
        assertThat(reanudado.get("aviso")).isNull();
        assertThat(seguimientoQue(previo, s -> s.get("vencimientoDeRespuesta") != null)
                .get("vencimientoDeRespuesta")).isEqualTo("2026-03-17");
    }
}
