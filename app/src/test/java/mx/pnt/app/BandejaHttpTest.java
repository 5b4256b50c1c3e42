package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bandeja of a Unidad de Transparencia through HTTP and PostgreSQL: its own open solicitudes only, most
 * urgent first, with what is expected next, paginated; a concluded solicitud leaves it.
 */
class BandejaHttpTest extends PlataformaEnPruebas {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

    @Autowired
    private JwtEncoder codificador;

    /** A token of the Unidad de Transparencia of a sujeto obligado of this test's own. */
    private String unidadDe(String sujetoObligadoId) {
        Instant ahora = Instant.now(reloj);
        return codificador.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                JwtClaimsSet.builder().issuer("pnt-plataforma").subject("ut-" + sujetoObligadoId)
                        .claim("rol", "UNIDAD_TRANSPARENCIA").claim("garante", "bandeja")
                        .claim("sujeto_obligado", sujetoObligadoId).issuedAt(ahora)
                        .expiresAt(ahora.plus(Duration.ofMinutes(30))).build())).getTokenValue();
    }

    private Map<?, ?> bandeja(String token, String consulta) {
        return web.get().uri("/api/bandejas/unidad-de-transparencia" + consulta).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void laUnidadVeSusSolicitudesAbiertasPorUrgenciaYLoQueSigue() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("bandeja", "America/Mexico_City");
        registrarSujetoObligado("so-bandeja", "960001", "bandeja");
        registrarSujetoObligado("so-bandeja-otro", "960002", "bandeja");
        String primera = (String) presentarSolicitud("so-bandeja", "Nómina 2025").get("folio");
        reloj.fijar(LocalDateTime.of(2026, 2, 12, 10, 0).atZone(CDMX).toInstant());
        String segunda = (String) presentarSolicitud("so-bandeja", "Viáticos 2025").get("folio");
        String ajena = (String) presentarSolicitud("so-bandeja-otro", "Contratos 2025").get("folio");
        String unidad = unidadDe("so-bandeja");
        web.post().uri("/api/solicitudes/{folio}/turnos", segunda).headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unidadesAdministrativas", List.of("Dirección de Recursos Humanos")))
                .exchange().expectStatus().isOk();

        Map<?, ?> pagina = await().atMost(Duration.ofSeconds(30)).until(() -> bandeja(unidad, ""),
                b -> ((List<?>) b.get("elementos")).stream().anyMatch(e -> ((Map<?, ?>) e).get("turnada")
                        .equals(Boolean.TRUE)));
        assertThat(pagina.get("total")).isEqualTo(2);
        List<?> elementos = (List<?>) pagina.get("elementos");
        @SuppressWarnings("unchecked")
        Map<String, Object> urgente = (Map<String, Object>) elementos.get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> despues = (Map<String, Object>) elementos.get(1);
        assertThat(urgente).containsEntry("folio", primera).containsEntry("vencimiento", "2026-03-10")
                .containsEntry("siguiente", "TURNAR").containsEntry("plazoEnCurso", "RESPUESTA");
        assertThat(despues).containsEntry("folio", segunda).containsEntry("siguiente", "RESPONDER");
        assertThat(elementos).noneMatch(e -> ajena.equals(((Map<?, ?>) e).get("folio")));

        // Pages of one.
        Map<?, ?> segundaPagina = bandeja(unidad, "?pagina=1&tamano=1");
        assertThat(segundaPagina.get("total")).isEqualTo(2);
        assertThat((List<?>) segundaPagina.get("elementos")).hasSize(1)
                .allSatisfy(e -> assertThat(((Map<?, ?>) e).get("folio")).isEqualTo(segunda));

        // Answered, it leaves the bandeja.
        web.post().uri("/api/solicitudes/{folio}/respuesta", primera).headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se entrega la nómina."))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> bandeja(unidad, "").get("total").equals(1));
    }

    @Test
    void soloUnaUnidadDeTransparenciaTieneBandejaYLaPaginaSeValida() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String ciudadana = token("ciudadana", "ciudadana-demo");
        web.get().uri("/api/bandejas/unidad-de-transparencia").headers(h -> h.setBearerAuth(ciudadana))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/bandejas/unidad-de-transparencia").exchange().expectStatus().isUnauthorized();
        String unidad = token("ut-salud", "ut-demo");
        web.get().uri("/api/bandejas/unidad-de-transparencia?tamano=0").headers(h -> h.setBearerAuth(unidad))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/bandejas/unidad-de-transparencia?pagina=x").headers(h -> h.setBearerAuth(unidad))
                .exchange().expectStatus().isBadRequest();
        // A page whose first element lies past any count (its offset would overflow): refused, not a 500 (the
        // route fuzzer found it with pagina=1179137923).
        web.get().uri("/api/bandejas/unidad-de-transparencia?pagina=1179137923").headers(h -> h.setBearerAuth(unidad))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }


    private static boolean contiene(Map<String, Object> pagina, String folio) {
        return ((List<?>) pagina.get("elementos")).stream().anyMatch(e -> folio.equals(((Map<?, ?>) e).get("folio")));
    }

    /**
     * The bandeja live: its page at once, then a new page when a solicitud of its sujeto obligado is presented, and
     * again when the answer takes it out; a bad page or another role is a problem, not a stream.
     */
    @Test
    void laBandejaEnVivoRecibeLaSolicitudNuevaYLaPierdeAlResponderse() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("bandeja-viva", "America/Mexico_City");
        registrarSujetoObligado("so-bandeja-viva", "972301", "bandeja-viva");
        String unidad = unidadDe("so-bandeja-viva");
        EnVivo viva = enVivo("/api/bandejas/unidad-de-transparencia", unidad);
        try {
            viva.pagina(p -> p.get("total") != null);
            String folio = (String) presentarSolicitud("so-bandeja-viva", "Nómina de 2025").get("folio");
            viva.pagina(p -> contiene(p, folio));
            web.post().uri("/api/solicitudes/{folio}/respuesta", folio).headers(h -> h.setBearerAuth(unidad))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se entrega la nómina."))
                    .exchange().expectStatus().isOk();
            int antes = viva.recibidos().size();
            await().atMost(Duration.ofSeconds(10)).until(() -> viva.recibidos().stream().skip(antes)
                    .map(ServerSentEvent::data).anyMatch(d -> d != null && !contiene(d, folio)));
        } finally {
            viva.suscripcion().dispose();
        }
        web.get().uri("/api/bandejas/unidad-de-transparencia?tamano=0").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(unidad)).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/bandejas/unidad-de-transparencia").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo"))).exchange()
                .expectStatus().isForbidden();
    }

    /** The garante's board of recursos live: a recurso filed against one of its sujetos obligados enters it. */
    @Test
    void elTableroDeRecursosEnVivoRecibeElRecursoInterpuesto() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("recursos-vivos", "America/Mexico_City");
        registrarSujetoObligado("so-recursos-vivos", "972302", "recursos-vivos");
        String folio = (String) presentarSolicitud("so-recursos-vivos", "Viáticos de 2025").get("folio");
        responderConEntrega(folio, tokenDe("ut-recursos-vivos",
                "UNIDAD_TRANSPARENCIA", "recursos-vivos", "so-recursos-vivos"),
                "Se entregan los viáticos.");
        EnVivo vivo = enVivo("/api/bandejas/recursos", tokenDe("staff-recursos-vivos", "GARANTE", "recursos-vivos",
                null));
        try {
            vivo.pagina(p -> p.get("total") != null);
            String recurso = (String) web.post().uri("/api/recursos")
                    .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("folioDeSolicitud", folio, "razones", "Faltan los viáticos de diciembre."))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                    .get("folio");
            vivo.pagina(p -> contiene(p, recurso));
        } finally {
            vivo.suscripcion().dispose();
        }
        web.get().uri("/api/bandejas/recursos?etapa=NINGUNA").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(tokenDe("staff-recursos-vivos", "GARANTE", "recursos-vivos", null)))
                .exchange().expectStatus().isBadRequest();
    }
}
