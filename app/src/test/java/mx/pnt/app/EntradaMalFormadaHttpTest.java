package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12: what the route fuzzer (FuzzDeRutasHttpTest) found answering 500, kept here as fixed cases: each gets a
 * Spanish problem and records nothing.
 */
class EntradaMalFormadaHttpTest extends PlataformaEnPruebas {

    @Test
    void elFolioDeUnaSolicitudEnLaRutaDeUnRecursoEsUnExpedienteDesconocido() {
        String folio = (String) presentarSolicitud("so-salud", "Plantilla de personal 2025").get("folio");
        String garante = token("garante", "garante-demo");
        long antes = eventosAlmacenados();

        web.post().uri("/api/recursos/{folio}/desechamiento", folio).headers(h -> h.setBearerAuth(garante))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("causal", "EXTEMPORANEO", "razon", "Presentado fuera de plazo"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("folio-desconocido")
                .jsonPath("$.detail").value(detalle ->
                        assertThat((String) detalle).contains("no corresponde a un expediente de este tipo"));
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    @Test
    void unMultipartSinFronteraEsUnaSolicitudMalFormada() {
        String ut = token("ut-salud", "ut-demo");
        long antes = eventosAlmacenados();

        web.post().uri("/api/documentos").headers(h -> h.setBearerAuth(ut))
                .header("Content-Type", "multipart/form-data")
                .bodyValue("--frontera\r\nContent-Disposition: form-data; name=\"archivo\"\r\n\r\nx\r\n--frontera--\r\n")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("entrada-mal-formada")
                .jsonPath("$.detail").value(detalle -> assertThat((String) detalle).contains("frontera"));
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    @Test
    void unTableroPedidoConCuerpoMultipartSinFronteraSeRechazaSinError() {
        String garante = token("garante", "garante-demo");

        web.get().uri("/api/tableros/semaforos").headers(h -> h.setBearerAuth(garante))
                .header("Content-Type", "multipart/form-data; boundary=frontera")
                .exchange()
                .expectStatus().value(estado -> assertThat(estado).isLessThan(500));
    }

    /** Seed 7248034150324: PostgreSQL stores no U+0000 in text, and the login's lookup failed with a 500. */
    @Test
    void elCaracterNuloEnElUsuarioEsUnaEntradaMalFormada() {
        web.post().uri("/api/sesiones").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"usuario\":\"\\u0000\",\"contrasena\":\"\\ud800 sin pareja\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("caracter-nulo")
                .jsonPath("$.detail").value(detalle -> assertThat((String) detalle).contains("U+0000"));
    }

    /**
     * Recorded, a U+0000 would reach the read models' text columns and stop their projectors on that event: it is
     * refused before anything is recorded.
     */
    @Test
    void elCaracterNuloEnUnaDescripcionSeRechazaSinRegistrarNada() {
        String ciudadana = token("ciudadana", "ciudadana-demo");
        long antes = eventosAlmacenados();

        web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(ciudadana))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sujetoObligadoId\":\"so-salud\",\"descripcion\":\"Plantilla\\u0000 de personal\","
                        + "\"modalidadDeEntrega\":\"ELECTRONICA\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("caracter-nulo");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    /**
     * Seed 11410576923240, the issue's own example: the platform's calendar opened again hit the event store's
     * unique key (AggregateStreamCreationException) and answered 500.
     */
    @Test
    void abrirOtraVezElCalendarioDeLaPlataformaEsUnConflicto() {
        String admin = token("admin", "admin-demo");
        web.post().uri("/api/calendarios").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("plataforma", true)).exchange()
                .expectStatus().value(estado -> assertThat(estado).isIn(201, 409));
        long antes = eventosAlmacenados();

        web.post().uri("/api/calendarios").headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"sujetoObligadoId\":\"\\t\\n\\r\",\"cierre\":null,\"plataforma\":true}")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("ya-existe")
                .jsonPath("$.detail").value(detalle -> assertThat((String) detalle).contains("Ya existe"));
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }
}
