package mx.pnt.app;

import mx.pnt.command.recalculo.PoliticaDeRecalculo;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recalculation policy end to end: a calendar change that crosses a running plazo moves its deadline through
 * a {@code PlazoRecalculado} event, and the new proof (Computo) names the agreement behind the change.
 */
class RecalculoDePlazosHttpTest extends PlataformaEnPruebas {

    @org.springframework.beans.factory.annotation.Autowired
    private EventProcessingConfiguration procesamiento;
    @org.springframework.beans.factory.annotation.Autowired
    private EventStore almacen;

    /** Baja California's calendar: no other test changes it, so its dates are this test's alone. */
    private static final String CALENDARIO = "garante:bc";

    private String presentar() {
        Map<?, ?> acuse = presentarSolicitud("so-bc-tijuana", "Gasto en medicamentos 2025");
        assertThat(acuse.get("vencimientoDeRespuesta")).isEqualTo("2026-03-10");
        return (String) acuse.get("folio");
    }

    private Map<?, ?> esperarVencimiento(String folio, String vencimiento) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var respuesta = web.get().uri("/api/plazos/{folio}", folio).exchange()
                    .returnResult(Map.class);
            if (!respuesta.getStatus().is2xxSuccessful()) {
                return null;
            }
            return respuesta.getResponseBody().blockFirst();
        }, plazos -> plazos != null && vencimiento.equals(respuestaDe(plazos).get("vencimiento")));
    }

    private void esperarPoliticaDeRecalculoAlDia(String folio) {
        long cabeza = almacen.createHeadToken().position().orElse(0);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            StreamingEventProcessor politica = procesamiento.eventProcessor(PoliticaDeRecalculo.GRUPO,
                    StreamingEventProcessor.class).orElseThrow();
            assertThat(politica.processingStatus().values()).isNotEmpty().allSatisfy(segmento ->
                    assertThat(segmento.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(cabeza));
            assertThat(jdbc.queryForObject("select count(*) from mando_recalculo_pendiente where expediente = ?",
                    Long.class, folio)).isZero();
        });
    }

    private static Map<?, ?> respuestaDe(Map<?, ?> plazos) {
        return (Map<?, ?>) ((List<?>) plazos.get("plazos")).get(0);
    }

    private void cambiar(String metodo, String uri, Object cuerpo, String usuario, String contrasena) {
        var peticion = web.method(org.springframework.http.HttpMethod.valueOf(metodo)).uri(uri)
                .headers(h -> h.setBearerAuth(token(usuario, contrasena)));
        (cuerpo == null ? peticion : peticion.contentType(MediaType.APPLICATION_JSON).bodyValue(cuerpo))
                .exchange().expectStatus().is2xxSuccessful();
    }

    @Test
    void diaInhabilDeclaradoYRevocadoYSuspensionRetroactivaMuevenElVencimientoConSuCausa() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String folio = presentar();
        esperarVencimiento(folio, "2026-03-10");

        // A día inhábil declared inside the plazo pushes the deadline one día hábil (Vigésimo tercero II).
        cambiar("POST", "/api/calendarios/" + CALENDARIO + "/dias-inhabiles",
                Map.of("fecha", "2026-02-24", "motivo", "Día inhábil por acuerdo del Pleno",
                        "acuerdo", "ACT-PRUEBA/DI/2026", "fechaPublicacion", "2026-02-11"), "admin", "admin-demo");
        esperarVencimiento(folio, "2026-03-11");

        // Revoked, the deadline returns to its date.
        cambiar("DELETE", "/api/calendarios/" + CALENDARIO + "/dias-inhabiles/2026-02-24"
                + "?acuerdo=ACT-PRUEBA/DI-REV/2026&fechaPublicacion=2026-02-12", null, "admin", "admin-demo");
        esperarVencimiento(folio, "2026-03-10");
        // The recomputation policy (a streaming processor) must have seen that move before the next calendar
        // change: seen after it, the move's event finds the calendar ahead of the plazo and owes a catch-up
        // recomputation of the platform's own, which may run first and carry "sistema" as its cause.
        esperarPoliticaDeRecalculoAlDia(folio);

        // A suspension decreed on 2 March for 16-20 February (retroactive) moves it five días hábiles, and past
        // the demo calendar's 16 March 2026 (Natalicio de Benito Juárez) to 18 March.
        reloj.fijar(Instant.parse("2026-03-02T17:00:00Z"));
        cambiar("POST", "/api/calendarios/" + CALENDARIO + "/suspensiones",
                Map.of("desde", "2026-02-16", "hasta", "2026-02-20", "motivo", "Falla de la Plataforma",
                        "acuerdo", "ACT-PRUEBA/SUSP/2026", "fechaPublicacion", "2026-03-02"), "admin", "admin-demo");
        Map<?, ?> plazos = esperarVencimiento(folio, "2026-03-18");

        Map<?, ?> plazo = respuestaDe(plazos);
        assertThat((String) plazo.get("explicacion")).contains("ACT-PRUEBA/SUSP/2026", "16/03/2026: no se cuenta, día inhábil", "18/03/2026: día 20 de 20");
        assertThat((List<?>) plazo.get("computo")).anySatisfy(dia -> {
            Map<?, ?> fecha = (Map<?, ?>) dia;
            assertThat(fecha.get("fecha")).isEqualTo("2026-02-16");
            assertThat(fecha.get("contado")).isEqualTo(false);
            assertThat(fecha.get("motivo")).isEqualTo("SUSPENSION");
        });
        List<?> recalculos = (List<?>) plazos.get("recalculos");
        assertThat(recalculos).hasSize(3);
        assertThat((String) ((Map<?, ?>) recalculos.get(2)).get("causa")).contains("ACT-PRUEBA/SUSP/2026");

        // The move is an event in the store, with its cause. The platform moved it, on behalf of the calendar
        // change's event and of whoever recorded that change, so the audit trail names both.
        List<Map<String, Object>> eventos = jdbc.queryForList("select payload, meta_data from domain_event_entry "
                + "where aggregate_identifier = ? and payload_type like '%PlazoRecalculado' order by sequence_number",
                folio);
        assertThat(eventos).hasSize(3);
        assertThat(new String((byte[]) eventos.get(2).get("payload"), StandardCharsets.UTF_8))
                .contains("ACT-PRUEBA/SUSP/2026", "\"vencimiento\":\"2026-03-18\"");
        assertThat(new String((byte[]) eventos.get(2).get("meta_data"), StandardCharsets.UTF_8))
                .contains("\"actor.usuario\":\"sistema\"", "\"actor.rol\":\"SISTEMA\"",
                        "\"causa.usuario\":\"admin\"", "\"causa.evento\":\"");

        // And the public tracking (another read model, updated on its own) shows the new deadline.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/seguimiento/{folio}", folio)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.vencimientoDeRespuesta").isEqualTo("2026-03-18"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    private mx.pnt.command.recalculo.TrabajadorDeRecalculo trabajador;

    /**
     * A plazo found behind its calendar (the policy saw the presentation after a día inhábil was declared across it)
     * owes a catch-up recomputation, queued on behalf of that declaration and of the administrator who recorded it,
     * as the declaration's own recomputation is; before, the catch-up named the platform ("sistema").
     */
    @Test
    void unRecalculoDeAlcanceNombraAlCambioYAQuienLoRegistro() {
        StreamingEventProcessor politica = procesamiento.eventProcessor(PoliticaDeRecalculo.GRUPO,
                StreamingEventProcessor.class).orElseThrow();
        reloj.fijar(Instant.parse("2027-06-08T17:00:00Z"));
        trabajador.stop();
        String folio;
        String declaracion;
        try {
            esperarPoliticaDeRecalculoAlDia("ninguno");
            politica.shutDown();
            try {
                folio = (String) presentarSolicitud("so-bc-tijuana", "Bitácoras de obra 2026").get("folio");
                cambiar("POST", "/api/calendarios/" + CALENDARIO + "/dias-inhabiles",
                        Map.of("fecha", "2027-06-16", "motivo", "Día inhábil por acuerdo del Pleno",
                                "acuerdo", "ACT-PRUEBA/ALCANCE/2027", "fechaPublicacion", "2027-06-08"),
                        "admin", "admin-demo");
                declaracion = jdbc.queryForObject("select event_identifier from domain_event_entry where "
                        + "aggregate_identifier = ? order by sequence_number desc limit 1", String.class, CALENDARIO);
            } finally {
                politica.start();
            }
            // Two recomputations owed: the catch-up (the presentation found the calendar ahead) and the
            // declaration's own; both on behalf of the declaration and of the administrator.
            String expediente = folio;
            List<Map<String, Object>> pendientes = await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForList("select evento_causante, usuario_causante, causa from "
                            + "mando_recalculo_pendiente where expediente = ? order by id", expediente),
                            filas -> filas.size() == 2);
            assertThat(pendientes).allSatisfy(fila -> assertThat(fila)
                    .containsEntry("evento_causante", declaracion).containsEntry("usuario_causante", "admin"));
            assertThat(pendientes).allSatisfy(fila -> assertThat((String) fila.get("causa"))
                    .contains("ACT-PRUEBA/ALCANCE/2027"));
        } finally {
            trabajador.start();
        }
        esperarPoliticaDeRecalculoAlDia(folio);
        assertThat(jdbc.queryForList("select meta_data from domain_event_entry where aggregate_identifier = ? and "
                        + "payload_type like '%PlazoRecalculado'", byte[].class, folio)).singleElement()
                .satisfies(meta -> assertThat(new String(meta, StandardCharsets.UTF_8))
                        .contains("\"causa.usuario\":\"admin\"", "\"causa.evento\":\"" + declaracion + "\""));
    }
}
