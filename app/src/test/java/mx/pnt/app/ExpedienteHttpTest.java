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
 * The expediente of a solicitud through HTTP: every actuación in the order recorded, with its legal date and time,
 * actor, documents and deadlines with their proof; as it stood at any instant; whole for auditors and the garante,
 * without personal data for the parties, unknown to anyone else.
 */
@SuppressWarnings("unchecked")
class ExpedienteHttpTest extends PlataformaEnPruebas {

    private Map<String, Object> expediente(String token, String folio, String consulta) {
        return web.get().uri("/api/expedientes/" + folio + consulta).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static List<Map<String, Object>> actuaciones(Map<String, Object> expediente) {
        return (List<Map<String, Object>>) expediente.get("actuaciones");
    }

    @Test
    void elExpedienteAlDiaMuestraLoRegistradoHastaEseInstanteConLosPlazosEntoncesConocidos() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("expediente", "America/Mexico_City");
        registrarSujetoObligado("so-expediente", "990001", "expediente");
        registrarSujetoObligado("so-expediente-otro", "990002", "expediente");
        String solicitante = tokenDe("ciudadana", "SOLICITANTE", null, null);
        String folio = (String) web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(solicitante))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-expediente", "descripcion", "Contratos de limpieza 2025",
                        "modalidadDeEntrega", "ELECTRONICA", "nombreOSeudonimo", "Ana Expediente",
                        "correoElectronico", "ana.expediente@example.org"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
        reloj.fijar(Instant.parse("2026-02-12T17:00:00Z"));
        String unidad = tokenDe("ut-expediente", "UNIDAD_TRANSPARENCIA", "expediente", "so-expediente");
        web.post().uri("/api/solicitudes/{folio}/turnos", folio).headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unidadesAdministrativas", List.of("Dirección de Servicios Generales")))
                .exchange().expectStatus().isOk();
        // A día inhábil inside the plazo: the recalculation policy moves the deadline from 10 to 11 March.
        reloj.fijar(Instant.parse("2026-02-16T17:00:00Z"));
        web.post().uri("/api/calendarios/garante:expediente/dias-inhabiles")
                .headers(h -> h.setBearerAuth(tokenDe("staff-expediente", "GARANTE", "expediente", null)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-02-24", "motivo", "Día inhábil por acuerdo del Pleno",
                        "acuerdo", "ACT-EXP/DI/2026", "fechaPublicacion", "2026-02-16"))
                .exchange().expectStatus().is2xxSuccessful();
        String auditor = tokenDe("auditora", "AUDITOR", null, null);
        Map<String, Object> hoy = await().atMost(Duration.ofSeconds(30)).until(() -> expediente(auditor, folio, ""),
                e -> actuaciones(e).stream().anyMatch(a -> "PlazoRecalculado".equals(a.get("tipo"))));

        assertThat(hoy).containsEntry("clase", "SOLICITUD").containsEntry("garanteId", "expediente")
                .containsEntry("sujetoObligadoId", "so-expediente").containsEntry("particular", "ciudadana");
        List<Map<String, Object>> todas = actuaciones(hoy);
        assertThat(todas).extracting(a -> a.get("tipo"))
                .containsExactly("SolicitudPresentada", "SolicitudTurnada", "PlazoRecalculado");
        assertThat(todas.get(0)).containsEntry("descripcion", "Solicitud presentada")
                .containsEntry("fechaLegal", "2026-02-10T10:00:00").containsEntry("zona", "America/Mexico_City")
                .containsEntry("desfase", "-06:00").containsEntry("usuario", "ciudadana")
                .containsEntry("rol", "SOLICITANTE").containsEntry("secuencia", 0);
        assertThat((List<Map<String, Object>>) todas.get(0).get("plazos")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("paso", "RESPUESTA")
                        .containsEntry("vencimiento", "2026-03-10").containsEntry("dias", 20))
                .satisfies(p -> assertThat((String) p.get("explicacion")).contains("10/03/2026: día 20 de 20"));
        // The platform moved it, on behalf of whoever's act it answered (the calendar's change, or the presentation
        // if the recalculation policy saw that first).
        assertThat(todas.get(2)).containsEntry("rol", "SISTEMA").containsEntry("usuario", "sistema");
        assertThat((String) todas.get(2).get("causadaPor")).isNotBlank();
        assertThat(todas.get(0).get("detalle").toString()).contains("Ana Expediente");
        assertThat((List<Map<String, Object>>) hoy.get("plazosConocidos")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("vencimiento", "2026-03-11")
                        .containsEntry("registradoPor", "PlazoRecalculado"));

        // As it stood on 13 February: presented and turned, the deadline then known was 10 March.
        Map<String, Object> alTrece = expediente(auditor, folio, "?al=2026-02-13T18:00:00-06:00");
        assertThat(actuaciones(alTrece)).extracting(a -> a.get("tipo"))
                .containsExactly("SolicitudPresentada", "SolicitudTurnada");
        assertThat((List<Map<String, Object>>) alTrece.get("plazosConocidos")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("vencimiento", "2026-03-10"));
        assertThat(alTrece.get("al")).isEqualTo("2026-02-14T00:00:00Z");
        // Before it was presented, there was no expediente.
        web.get().uri("/api/expedientes/" + folio + "?al=2026-02-09T12:00:00-06:00")
                .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isNotFound();

        // The parties see every actuación, without the record's personal data nor who the people are.
        for (String parte : List.of(solicitante, unidad)) {
            Map<String, Object> visto = expediente(parte, folio, "");
            assertThat(actuaciones(visto)).hasSize(3).allSatisfy(a -> assertThat(a.get("detalle")).isNull());
            assertThat(visto.get("particular")).isNull();
            assertThat(actuaciones(visto).get(0)).containsEntry("usuario", null).containsEntry("rol", "SOLICITANTE");
            assertThat(actuaciones(visto).get(2)).containsEntry("usuario", "sistema").containsEntry("causadaPor", null);
            assertThat(visto.toString()).doesNotContain("Ana Expediente", "ana.expediente@example.org");
        }
        // The garante's staff see it whole; anyone else is answered as if it did not exist.
        assertThat(expediente(tokenDe("staff-expediente", "GARANTE", "expediente", null), folio, "")
                .get("particular")).isEqualTo("ciudadana");
        for (String ajeno : List.of(tokenDe("otra", "SOLICITANTE", null, null),
                tokenDe("ut-otra", "UNIDAD_TRANSPARENCIA", "expediente", "so-expediente-otro"),
                tokenDe("staff-otro", "GARANTE", "otro", null))) {
            web.get().uri("/api/expedientes/" + folio).headers(h -> h.setBearerAuth(ajeno)).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.get().uri("/api/expedientes/" + folio).exchange().expectStatus().isUnauthorized();
        // Calendars are not expedientes; a malformed instant is a Spanish 400.
        web.get().uri("/api/expedientes/garante:expediente").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/expedientes/" + folio + "?al=ayer").headers(h -> h.setBearerAuth(auditor)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
