package mx.pnt.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The first slice through real HTTP and PostgreSQL: present, read the acuse, track anonymously; and refusals. */
class SolicitudesHttpTest extends PlataformaEnPruebas {

    @Autowired
    private JwtEncoder codificador;

    @BeforeEach
    void relojEnDiaHabil() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
    }

    private static Map<String, Object> solicitud() {
        return Map.of("sujetoObligadoId", "so-salud",
                "descripcion", "Contratos de adquisición de vacunas celebrados en 2024",
                "modalidadDeEntrega", "ELECTRONICA",
                "nombreOSeudonimo", "Ana Persona Solicitante",
                "medioDeNotificacion", "CORREO_ELECTRONICO",
                "correoElectronico", "ana.solicitante@example.org");
    }

    private WebTestClient.ResponseSpec presentar(String token, Object cuerpo) {
        // A request refused before its body is read leaves its connection to be closed by the server; a pooled
        // connection reused after that could wait on a dead socket (seen twice in 60 s). Each request of this test
        // gets a connection of its own, closed after the answer.
        return web.mutate().clientConnector(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
                        reactor.netty.http.client.HttpClient.create(
                                reactor.netty.resources.ConnectionProvider.newConnection()))).build()
                .post().uri("/api/solicitudes")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    h.setConnection("close");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cuerpo)
                .exchange();
    }

    @Test
    void presentarLeerElAcuseYSeguirElFolioSinCuentaNiDatosPersonales() {
        String token = token("ciudadana", "ciudadana-demo");

        @SuppressWarnings("unchecked")
        Map<String, Object> acuse = presentar(token, solicitud())
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/seguimiento/\\d{15}")
                .expectBody(Map.class).returnResult().getResponseBody();

        String folio = (String) acuse.get("folio");
        assertThat(folio).matches("12000126\\d{7}");
        assertThat(acuse).containsEntry("fechaDeRecepcionLegal", "2026-02-10")
                .containsEntry("vencimientoDeRespuesta", "2026-03-10")
                .containsEntry("fundamentoDelPlazo", "LGTAIP 2025, art. 134")
                .containsEntry("zonaHoraria", "America/Mexico_City")
                .containsEntry("medio", "PLATAFORMA");
        assertThat((String) acuse.get("fechaHoraDeRecepcion")).startsWith("2026-02-10T10:00");

        // The projection follows the event store asynchronously.
        String seguimiento = await().atMost(Duration.ofSeconds(20)).until(() -> web.get()
                .uri("/api/seguimiento/{folio}", folio).exchange()
                .returnResult(String.class).getResponseBody().collectList().block()
                .stream().reduce("", String::concat), cuerpo -> cuerpo.contains("\"estado\""));
        assertThat(seguimiento).contains("\"folio\":\"" + folio + "\"", "\"estado\":\"EN_TRAMITE\"",
                "\"vencimientoDeRespuesta\":\"2026-03-10\"", "Secretaría de Salud");
        assertThat(seguimiento).doesNotContain("Ana", "example.org", "ciudadana");

        // The plazos of a folio and their proof are public too, like its tracking: dates, articles and the
        // agreements of the calendar, never who asked (docs/operations.md, "Anonymous access").
        String plazos = await().atMost(Duration.ofSeconds(20)).until(() -> web.get()
                .uri("/api/plazos/{folio}", folio).exchange()
                .returnResult(String.class).getResponseBody().collectList().block()
                .stream().reduce("", String::concat), cuerpo -> cuerpo.contains("\"plazos\""));
        assertThat(plazos).contains("LGTAIP 2025, art. 134", "\"vencimiento\":\"2026-03-10\"")
                .doesNotContain("Ana", "example.org", "ciudadana", "vacunas");

        // The actor is stored with the event.
        byte[] metadatos = jdbc.queryForObject(
                "select meta_data from domain_event_entry where aggregate_identifier = ?", byte[].class, folio);
        assertThat(new String(metadatos, StandardCharsets.UTF_8))
                .contains("\"actor.usuario\":\"ciudadana\"", "\"actor.rol\":\"SOLICITANTE\"");
    }

    @Test
    void laUnidadDeTransparenciaCapturaUnaSolicitudManual() {
        String token = token("ut-salud", "ut-demo");
        Map<String, Object> manual = Map.of("sujetoObligadoId", "so-salud",
                "descripcion", "Padrón de proveedores 2024", "modalidadDeEntrega", "COPIA_SIMPLE",
                "medioDeNotificacion", "ESTRADOS", "recibidaEn", "2026-02-10T15:10:00Z",
                "medioDeEntrada", "PRESENCIAL");

        presentar(token, manual).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.medio").isEqualTo("CAPTURA_MANUAL")
                .jsonPath("$.fechaHoraDeRecepcion").isEqualTo("2026-02-10T09:10:00")
                .jsonPath("$.medioDeEntrada").isEqualTo("PRESENCIAL");
    }

    @Test
    void folioDesconocidoEsUn404EnProblemJson() {
        web.get().uri("/api/seguimiento/{folio}", "999999260000001").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").value(detalle -> assertThat((String) detalle).contains("999999260000001"));
    }

    @Test
    void solicitudesRechazadasNoEscribenNingunEvento() {
        long antes = eventosAlmacenados();

        // No token.
        presentar(null, solicitud()).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("Bearer"));

        // Expired token, correctly signed.
        String vencido = codificador.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                JwtClaimsSet.builder().issuer("pnt-plataforma").subject("ciudadana").claim("rol", "SOLICITANTE")
                        .issuedAt(MARTES_10_FEBRERO_2026.minus(Duration.ofHours(2)))
                        .expiresAt(MARTES_10_FEBRERO_2026.minus(Duration.ofHours(1))).build())).getTokenValue();
        presentar(vencido, solicitud()).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        // Forged token (signed with another key).
        presentar(vencido.substring(0, vencido.lastIndexOf('.') + 1) + "AAAA", solicitud())
                .expectStatus().isUnauthorized();

        // Not a bearer token at all (RFC 6750, b64token): refused as malformed, in Spanish, never a 500.
        presentar("dos partes", solicitud()).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Identificación requerida");

        // Wrong role.
        presentar(token("analista", "analista-demo"), solicitud()).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Sin permiso");

        String token = token("ciudadana", "ciudadana-demo");
        // Malformed JSON.
        presentar(token, "{\"sujetoObligadoId\": ").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Solicitud mal formada");
        // A modality the law does not know.
        presentar(token, Map.of("sujetoObligadoId", "so-salud", "descripcion", "x", "modalidadDeEntrega", "FAX"))
                .expectStatus().isBadRequest();
        // A legal requirement not met (art. 126 II): 422 with the rule's message.
        presentar(token, Map.of("sujetoObligadoId", "so-salud", "descripcion", " ", "modalidadDeEntrega", "ELECTRONICA"))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("artículo 126"))
                .jsonPath("$.codigo").isEqualTo("descripcion-requerida");
        // Unknown sujeto obligado: 404.
        presentar(token, Map.of("sujetoObligadoId", "so-nadie", "descripcion", "x", "modalidadDeEntrega", "ELECTRONICA"))
                .expectStatus().isNotFound();
        // A Unidad de Transparencia capturing for another sujeto obligado: 403 from the domain.
        presentar(token("ut-salud", "ut-demo"), Map.of("sujetoObligadoId", "so-sep", "descripcion", "x",
                "modalidadDeEntrega", "ELECTRONICA", "medioDeNotificacion", "ESTRADOS",
                "recibidaEn", "2026-02-10T15:00:00Z")).expectStatus().isForbidden();

        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    @Test
    void credencialesIncorrectasSonUn401SinRevelarSiLaCuentaExiste() {
        for (String usuario : new String[]{"ciudadana", "nadie"}) {
            web.post().uri("/api/sesiones").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("usuario", usuario, "contrasena", "incorrecta")).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("Usuario o contraseña incorrectos.");
        }
    }

    @Test
    void saludPublicaSinCuenta() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
