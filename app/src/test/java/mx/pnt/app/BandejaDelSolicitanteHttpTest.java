package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A solicitante's own folios (`GET /api/bandejas/solicitante`): the solicitudes the account presented and the
 * recursos it filed, newest first; nobody else's, and nobody else may ask.
 */
class BandejaDelSolicitanteHttpTest extends PlataformaEnPruebas {

    @Test
    void cadaSolicitanteVeSusPropiosFoliosDelMasRecienteAlMasAntiguo() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("folios-particular", "America/Mexico_City");
        registrarSujetoObligado("so-folios-particular", "957001", "folios-particular");
        String persona = tokenDe("persona-con-folios", "SOLICITANTE", null, null);
        String primero = presentar(persona, "Nómina de enero");
        reloj.fijar(MARTES_10_FEBRERO_2026.plus(Duration.ofHours(1)));
        String segundo = presentar(persona, "Nómina de febrero");
        // Another person's solicitud is not in this list.
        presentar(tokenDe("otra-persona", "SOLICITANTE", null, null), "Viáticos");

        await().atMost(Duration.ofSeconds(20)).until(() -> folios(persona).size() == 2);
        List<Map<String, Object>> folios = folios(persona);
        assertThat(folios).extracting(f -> f.get("folio")).containsExactly(segundo, primero);
        assertThat(folios.get(0)).containsEntry("clase", "SOLICITUD")
                .containsEntry("sujetoObligadoId", "so-folios-particular")
                .containsEntry("recibido", "2026-02-10T11:00:00").containsEntry("zona", "America/Mexico_City");
        assertThat(folios(tokenDe("nadie-aun", "SOLICITANTE", null, null))).isEmpty();
    }

    /**
     * "Mis folios" live: the page now, then again when a folio of the person enters it, and not for another person's;
     * a bad page or another role is a problem, not a stream.
     */
    @Test
    void misFoliosEnVivoRecibenElFolioNuevoDeLaPersona() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("folios-en-vivo", "America/Mexico_City");
        registrarSujetoObligado("so-folios-en-vivo", "957002", "folios-en-vivo");
        String persona = tokenDe("persona-en-vivo", "SOLICITANTE", null, null);
        EnVivo vivos = enVivo("/api/bandejas/solicitante", persona);
        try {
            vivos.pagina(p -> p.get("total") != null);
            presentar(tokenDe("otra-persona-en-vivo", "SOLICITANTE", null, null), "so-folios-en-vivo", "Viáticos");
            String folio = presentar(persona, "so-folios-en-vivo", "Padrón de beneficiarios");
            Map<String, Object> pagina = vivos.pagina(p -> ((List<?>) p.get("elementos")).stream()
                    .anyMatch(e -> folio.equals(((Map<?, ?>) e).get("folio"))));
            assertThat(pagina.get("total")).isEqualTo(1);
        } finally {
            vivos.suscripcion().dispose();
        }
        web.get().uri("/api/bandejas/solicitante?tamano=0").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(persona)).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/bandejas/solicitante").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(tokenDe("ut-en-vivo", "UNIDAD_TRANSPARENCIA", "federal", "so-salud")))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void soloUnaPersonaSolicitantePideSusFoliosYConUnaPaginaValida() {
        web.get().uri("/api/bandejas/solicitante")
                .headers(h -> h.setBearerAuth(tokenDe("ut-folios", "UNIDAD_TRANSPARENCIA", "federal", "so-salud")))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/bandejas/solicitante").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/bandejas/solicitante?tamano=201")
                .headers(h -> h.setBearerAuth(tokenDe("persona-pagina", "SOLICITANTE", null, null)))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String presentar(String token, String descripcion) {
        return presentar(token, "so-folios-particular", descripcion);
    }

    private String presentar(String token, String sujetoObligadoId, String descripcion) {
        return (String) web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", sujetoObligadoId, "descripcion", descripcion,
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> folios(String token) {
        Map<String, Object> pagina = web.get().uri("/api/bandejas/solicitante").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) pagina.get("elementos");
    }
}
