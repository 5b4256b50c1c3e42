package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Solicitud múltiple through HTTP and PostgreSQL (Lineamientos, Cuadragésimo tercero; definición LX): one
 * presentación, one solicitud and folio per sujeto obligado, one acuse; at most 33; all or none. And the kinds of
 * solicitud with their law.
 */
class SolicitudMultipleHttpTest extends PlataformaEnPruebas {

    private WebTestClient.ResponseSpec presentarMultiple(List<String> sujetosObligados) {
        String token = token("ciudadana", "ciudadana-demo");
        return web.post().uri("/api/solicitudes/multiples").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetosObligadosIds", sujetosObligados,
                        "descripcion", "Presupuesto ejercido en comunicación social en 2025",
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange();
    }

    private long foliosEmitidos() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%SolicitudPresentada'", Long.class);
    }

    @Test
    void unaPresentacionATresSujetosObligadosDaTresFoliosEnlazadosYUnAcuse_CuadragesimoTercero() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        @SuppressWarnings("unchecked")
        Map<String, Object> acuse = presentarMultiple(List.of("so-salud", "so-sep", "so-qroo-finanzas"))
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> acuses = (List<Map<String, Object>>) acuse.get("acuses");
        assertThat(acuses).hasSize(3);
        assertThat(acuses).extracting(a -> a.get("sujetoObligadoId"))
                .containsExactly("so-salud", "so-sep", "so-qroo-finanzas");
        assertThat(acuse.get("presentacion")).isEqualTo(acuses.get(0).get("folio"));
        assertThat(acuses).allSatisfy(a -> assertThat(a.get("presentacion")).isEqualTo(acuse.get("presentacion")));
        assertThat(acuses).extracting(a -> a.get("folio")).doesNotHaveDuplicates();
        // Each keeps its own garante's calendar and deadline: Quintana Roo's solicitud is judged in its own zone.
        assertThat(acuses.get(2).get("zonaHoraria")).isEqualTo("America/Cancun");
        assertThat(jdbc.queryForObject("select count(*) from mando_plazo_vigente where expediente = ?", Long.class,
                acuses.get(1).get("folio"))).isEqualTo(3L);
    }

    @Test
    void siUnoNoProcedeNingunaSeRegistraNiConsumeFolio() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String anterior = (String) presentarSolicitud("so-salud", "Padrón 2024").get("folio");
        long antes = eventosAlmacenados();
        long folios = foliosEmitidos();
        presentarMultiple(List.of("so-salud", "so-sep", "so-inexistente"))
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("sujeto-obligado-desconocido");
        presentarMultiple(IntStream.rangeClosed(1, 34).mapToObj(n -> "so-" + n).toList())
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("multiple-excede");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        assertThat(foliosEmitidos()).isEqualTo(folios);
        // The next folio of so-salud follows the last one issued: the refused presentación used none.
        String siguiente = (String) presentarSolicitud("so-salud", "Padrón 2025").get("folio");
        assertThat(Long.parseLong(siguiente) - Long.parseLong(anterior)).isEqualTo(1L);
    }

    @Test
    void treintaYTresSujetosObligadosEnUnaSolaPresentacion_DefinicionLX() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("multiple", "America/Mexico_City");
        List<String> ids = IntStream.rangeClosed(1, 33).mapToObj(n -> "so-multiple-" + n).toList();
        for (int n = 1; n <= 33; n++) {
            registrarSujetoObligado("so-multiple-" + n, String.valueOf(970000 + n), "multiple");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> acuse = presentarMultiple(ids).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) acuse.get("acuses")).hasSize(33);
    }

    @Test
    void unaSolicitudDeAccesoADatosPersonalesLlevaElPlazoDeLaLgpdppso_art45() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String token = token("ciudadana", "ciudadana-demo");
        web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-imss", "descripcion", "Mis semanas cotizadas",
                        "modalidadDeEntrega", "ELECTRONICA", "tipo", "ACCESO_A_DATOS_PERSONALES",
                        "accesibilidad", Map.of("lenguaIndigena", "Maya"),
                        "estadisticos", Map.of("sexo", "Mujer")))
                .exchange().expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.tipo").isEqualTo("ACCESO_A_DATOS_PERSONALES")
                .jsonPath("$.fundamentoDelPlazo").isEqualTo("LGPDPPSO 2025, art. 45")
                .jsonPath("$.vencimientoDeRespuesta").isEqualTo("2026-03-10");
    }
}
