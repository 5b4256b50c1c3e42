package mx.pnt.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The preview of a calendar change (Vigésimo tercero II): the deadlines it would move, computed by the procedures
 * themselves on the calendar with the change applied in memory, before anything is recorded. It is exact: the
 * change recorded afterwards moves each deadline to the date the preview showed. A preview writes nothing, and it
 * is refused exactly as the change itself would be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VistaPreviaDeCalendarioHttpTest extends PlataformaEnPruebas {

    private static final String GARANTE = "vista-previa";
    private static final String CALENDARIO = "garante:" + GARANTE;
    private String personal;
    private String primero;
    private String segundo;

    @BeforeAll
    void solicitudesEnCurso() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante(GARANTE, "America/Mexico_City");
        registrarSujetoObligado("so-vista-previa", "810001", GARANTE);
        personal = tokenDe("staff-vista-previa", "GARANTE", GARANTE, null);
        primero = (String) presentarSolicitud("so-vista-previa", "Contratos de limpieza 2025").get("folio");
        reloj.fijar(MARTES_10_FEBRERO_2026.plus(Duration.ofDays(1)));
        segundo = (String) presentarSolicitud("so-vista-previa", "Padrón de proveedores").get("folio");
        // Both plazos are in the command side's lookup, as the preview (and the policy) find them, and in the read
        // model of plazos, which this test reads (projected on its own, a moment later).
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(distinct expediente) "
                + "from mando_plazo_vigente where calendario_id = ?", Long.class, CALENDARIO) == 2);
        for (String folio : List.of(primero, segundo)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> web.get().uri("/api/plazos/{folio}", folio).exchange()
                    .returnResult(Map.class).getStatus().is2xxSuccessful());
        }
    }

    private WebTestClient.ResponseSpec previsualizar(String ruta, Object cuerpo, String token) {
        return web.post().uri("/api/calendarios/" + CALENDARIO + ruta)
                .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(cuerpo)
                .exchange();
    }

    private Map<?, ?> vistaPrevia(String ruta, Object cuerpo) {
        return previsualizar(ruta, cuerpo, personal).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private String vencimiento(String folio) {
        Map<?, ?> plazos = web.get().uri("/api/plazos/{folio}", folio).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) ((Map<?, ?>) ((List<?>) plazos.get("plazos")).get(0)).get("vencimiento");
    }

    private static Map<?, ?> movimientoDe(Map<?, ?> vista, String folio) {
        return ((List<?>) vista.get("movimientos")).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> folio.equals(m.get("expediente"))).findFirst().orElseThrow();
    }

    /** This test's calendar, plazos and owed recomputations, and its aggregates' events, as stored. */
    private Map<String, List<String>> estado() {
        String expedientes = "('" + primero + "', '" + segundo + "')";
        return volcado(List.of(
                "(select * from mando_calendario where calendario_id = '" + CALENDARIO + "')",
                "(select * from mando_calendario_cambio where calendario_id = '" + CALENDARIO + "')",
                "(select * from mando_plazo_vigente where calendario_id = '" + CALENDARIO + "')",
                "(select * from mando_recalculo_pendiente where expediente in " + expedientes + ")",
                "(select global_index, aggregate_identifier, sequence_number from domain_event_entry "
                        + "where aggregate_identifier in ('" + CALENDARIO + "', '" + primero + "', '" + segundo
                        + "'))"));
    }

    private static Map<String, Object> dia(String fecha) {
        return Map.of("fecha", fecha, "motivo", "Día inhábil por acuerdo del Pleno", "acuerdo", "ACT-VP/DI/2026",
                "fechaPublicacion", "2026-02-11");
    }

    @Test
    void laVistaPreviaMuestraLoQueElCambioRegistradoHaceDespuesYNoEscribeNada() {
        reloj.fijar(MARTES_10_FEBRERO_2026.plus(Duration.ofDays(1)));
        String antesPrimero = vencimiento(primero);
        String antesSegundo = vencimiento(segundo);
        Map<String, List<String>> antes = estado();

        Map<?, ?> vista = vistaPrevia("/dias-inhabiles/vista-previa", dia("2026-02-25"));

        assertThat(vista.get("revision")).isEqualTo(2);
        assertThat((String) vista.get("cambio")).contains("ACT-VP/DI/2026");
        assertThat(vista.get("alcanzados")).isEqualTo(2);
        // The most urgent first: the first solicitud's deadline comes a día hábil before the second's.
        assertThat(vista.get("revisados")).isEqualTo(List.of(primero, segundo));
        Map<?, ?> uno = movimientoDe(vista, primero);
        assertThat(uno.get("procedimiento")).isEqualTo("SOLICITUD");
        assertThat(uno.get("paso")).isEqualTo("RESPUESTA");
        assertThat(uno.get("vencimientoAnterior")).isEqualTo(antesPrimero);
        assertThat((String) uno.get("vencimientoNuevo")).isGreaterThan(antesPrimero);
        assertThat((String) uno.get("fundamento")).isNotBlank();
        Map<?, ?> dos = movimientoDe(vista, segundo);
        assertThat(dos.get("vencimientoAnterior")).isEqualTo(antesSegundo);

        // Nothing recorded: no event, no calendar revision, no owed recomputation, and the deadlines stand.
        assertThat(estado()).isEqualTo(antes);
        assertThat(vencimiento(primero)).isEqualTo(antesPrimero);

        // A smaller limit simulates fewer procedures, still counting every one the change reaches.
        Map<?, ?> unoSolo = previsualizar("/dias-inhabiles/vista-previa?limite=1", dia("2026-02-25"), personal)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(unoSolo.get("alcanzados")).isEqualTo(2);
        assertThat(unoSolo.get("revisados")).isEqualTo(List.of(primero));

        // Recorded, the change moves each deadline exactly where the preview said.
        web.post().uri("/api/calendarios/" + CALENDARIO + "/dias-inhabiles").headers(h -> h.setBearerAuth(personal))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(dia("2026-02-25")).exchange()
                .expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(vencimiento(primero)).isEqualTo(uno.get("vencimientoNuevo"));
            assertThat(vencimiento(segundo)).isEqualTo(dos.get("vencimientoNuevo"));
        });

        // A suspension "hasta nuevo aviso" would leave them without a deadline until it is lifted.
        Map<?, ?> suspension = vistaPrevia("/suspensiones/vista-previa", Map.of("desde", "2026-02-16",
                "hastaNuevoAviso", true, "motivo", "Falla de la Plataforma", "acuerdo", "ACT-VP/SUSP/2026",
                "fechaPublicacion", "2026-02-11"));
        assertThat(suspension.get("revision")).isEqualTo(3);
        assertThat(movimientoDe(suspension, primero).get("vencimientoAnterior")).isEqualTo(uno.get("vencimientoNuevo"));
        assertThat(movimientoDe(suspension, primero).get("vencimientoNuevo")).isNull();

        // Revoking the día inhábil just declared would bring them back.
        Map<?, ?> revocacion = vistaPrevia("/dias-inhabiles/2026-02-25/revocacion/vista-previa",
                Map.of("acuerdo", "ACT-VP/DI-REV/2026", "fechaPublicacion", "2026-02-12"));
        assertThat(movimientoDe(revocacion, primero).get("vencimientoNuevo")).isEqualTo(antesPrimero);
    }

    /** Refused as the change itself would be, with the calendar's own reasons, and nothing written. */
    @Test
    void seRechazaComoElCambioMismoYNoEscribeNada() {
        Map<String, List<String>> antes = estado();

        // Only the garante's staff (or an administrator) change its calendar (Vigésimo tercero II).
        previsualizar("/dias-inhabiles/vista-previa", dia("2026-02-26"),
                tokenDe("otra-persona", "SOLICITANTE", null, null)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        previsualizar("/dias-inhabiles/vista-previa", dia("2026-02-26"), tokenDe("staff-qroo", "GARANTE", "qroo",
                null)).expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // A Saturday is inhábil already (Tercero).
        previsualizar("/dias-inhabiles/vista-previa", dia("2026-02-28"), personal).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.codigo").isEqualTo("fin-de-semana");
        // A limit out of range.
        previsualizar("/dias-inhabiles/vista-previa?limite=0", dia("2026-02-26"), personal).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.codigo").isEqualTo("limite-invalido");
        previsualizar("/dias-inhabiles/vista-previa?limite=201", dia("2026-02-26"), personal).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.codigo").isEqualTo("limite-invalido");
        // A calendar that does not exist.
        web.post().uri("/api/calendarios/garante:no-existe/dias-inhabiles/vista-previa")
                .headers(h -> h.setBearerAuth(tokenDe("admin", "ADMIN", null, null)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(dia("2026-02-26")).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.codigo").isEqualTo("calendario-desconocido");
        // Without an account.
        web.post().uri("/api/calendarios/" + CALENDARIO + "/dias-inhabiles/vista-previa")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(dia("2026-02-26")).exchange()
                .expectStatus().isUnauthorized();

        assertThat(estado()).isEqualTo(antes);
    }
}
