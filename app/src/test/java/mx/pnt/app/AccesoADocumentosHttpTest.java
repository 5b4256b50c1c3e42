package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Who may download a document of the store, through HTTP and PostgreSQL: its uploader at once; once an answer
 * carries it, the solicitante who presented the folio, the Unidad de Transparencia of its sujeto obligado and its
 * garante's staff; auditors any. Everyone else gets the same 404 as for a document that does not exist.
 */
class AccesoADocumentosHttpTest extends PlataformaEnPruebas {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "% contratos de acceso\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private void subir(String token) {
        SubidaDeDocumentos.subir(web, token, "contratos.pdf", PDF).expectStatus().isCreated();
    }

    private int descargar(String token, String huella) {
        return SubidaDeDocumentos.estadoDeDescarga(web, token, huella);
    }

    @Test
    void soloLasPartesDelExpedienteYQuienLoSubioDescarganUnDocumento() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String huella = SubidaDeDocumentos.sha256(PDF);
        String folio = (String) presentarSolicitud("so-salud", "Contratos de acceso 2024").get("folio");
        String unidad = token("ut-salud", "ut-demo");
        String ciudadana = token("ciudadana", "ciudadana-demo");
        String otraPersona = tokenDe("otra-persona", "SOLICITANTE", null, null);
        String otraUnidad = tokenDe("ut-sep", "UNIDAD_TRANSPARENCIA", "federal", "so-sep");
        String garante = tokenDe("staff-federal", "GARANTE", "federal", null);
        String otroGarante = tokenDe("staff-qroo", "GARANTE", "qroo", null);
        String auditora = tokenDe("auditora", "AUDITOR", null, null);

        // Uploaded, not yet part of any expediente: only its uploader (and an auditor) may read it back.
        subir(unidad);
        assertStatus(descargar(unidad, huella), 200);
        assertStatus(descargar(ciudadana, huella), 404);
        assertStatus(descargar(garante, huella), 404);
        assertStatus(descargar(auditora, huella), 200);

        web.post().uri("/api/solicitudes/{folio}/respuesta", folio).headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se anexan.", "anexos",
                        List.of(Map.of("sha256", huella, "nombre", "Contratos 2024.pdf"))))
                .exchange().expectStatus().isOk();

        // Part of the answer to the ciudadana's folio: its parties read it, nobody else learns it exists.
        assertStatus(descargar(ciudadana, huella), 200);
        assertStatus(descargar(garante, huella), 200);
        assertStatus(descargar(otraPersona, huella), 404);
        assertStatus(descargar(otraUnidad, huella), 404);
        assertStatus(descargar(otroGarante, huella), 404);
        web.get().uri("/api/documentos/{sha}", huella).headers(h -> h.setBearerAuth(otraPersona)).exchange()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("documento-desconocido");
        web.get().uri("/api/documentos/{sha}", huella).headers(h -> h.setBearerAuth(ciudadana)).exchange()
                .expectBody(byte[].class).isEqualTo(PDF);
    }

    private static void assertStatus(int actual, int esperado) {
        org.assertj.core.api.Assertions.assertThat(actual).isEqualTo(esperado);
    }
}
