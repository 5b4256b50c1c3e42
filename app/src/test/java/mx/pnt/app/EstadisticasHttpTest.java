package mx.pnt.app;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Statistics of a known data set, checked against values computed by hand: a garante of its own with weekdays as its
 * only días inhábiles, so every count below can be followed on a calendar of February and March 2026.
 */
@SuppressWarnings("unchecked")
class EstadisticasHttpTest extends PlataformaEnPruebas {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final String CONSULTA = "?garante=estadisticas&desde=2026-01-01&hasta=2026-12-31";

    private void el(int mes, int dia, int hora) {
        reloj.fijar(LocalDateTime.of(2026, mes, dia, hora, 0).atZone(CDMX).toInstant());
    }

    private String presentar(String sujetoObligado) {
        return (String) web.post().uri("/api/solicitudes")
                .headers(h -> h.setBearerAuth(tokenDe("ciudadana", "SOLICITANTE", null, null)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", sujetoObligado, "descripcion", "Padrón de proveedores",
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
    }

    private WebTestClient.ResponseSpec actuar(String token, String folio, String actuacion, Object cuerpo) {
        return web.post().uri("/api/solicitudes/{folio}/" + actuacion, folio).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(cuerpo).exchange();
    }

    private void responder(String unidad, String folio) {
        actuar(unidad, folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Se entrega el padrón."))
                .expectStatus().isOk();
    }

    private Map<String, Object> estadisticas(String consulta) {
        return web.get().uri("/api/estadisticas" + consulta).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private long restantes(String token) {
        return Long.parseLong(web.get().uri("/api/estadisticas?garante=estadisticas-arco")
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .returnResult(byte[].class).getResponseHeaders().getFirst("RateLimit-Remaining"));
    }

    private static Map<String, Object> fila(Map<String, Object> estadisticas, String sujeto, String periodo) {
        return ((List<Map<String, Object>>) estadisticas.get("filas")).stream()
                .filter(f -> sujeto.equals(f.get("sujetoObligadoId")) && periodo.equals(f.get("periodo")))
                .findFirst().orElse(null);
    }

    @Test
    void lasEstadisticasDeUnConjuntoConocidoCoincidenConLasCalculadasAMano() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("estadisticas", "America/Mexico_City");
        registrarSujetoObligado("so-est-1", "991001", "estadisticas");
        registrarSujetoObligado("so-est-2", "991002", "estadisticas");
        String unidad = tokenDe("ut-est-1", "UNIDAD_TRANSPARENCIA", "estadisticas", "so-est-1");
        String personal = tokenDe("staff-est", "GARANTE", "estadisticas", null);

        // Five solicitudes received on Tuesday 10 February: día 1 of each is 11 February.
        el(2, 10, 10);
        String a = presentar("so-est-1");
        String b = presentar("so-est-1");
        String c = presentar("so-est-1");
        String d = presentar("so-est-1");
        presentar("so-est-1");
        // Two comunicados to so-est-1; one read three and a half hours later.
        String leido = (String) web.post().uri("/api/sicom/comunicados").headers(h -> h.setBearerAuth(personal))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clase", "COMUNICADO",
                        "remitente", Map.of("tipo", "ORGANISMO_GARANTE", "id", "estadisticas"),
                        "destinatario", Map.of("tipo", "SUJETO_OBLIGADO", "id", "so-est-1"),
                        "asunto", "Calendario de verificaciones.", "adjuntos", List.of()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
        web.post().uri("/api/sicom/comunicados").headers(h -> h.setBearerAuth(personal))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clase", "COMUNICADO",
                        "remitente", Map.of("tipo", "ORGANISMO_GARANTE", "id", "estadisticas"),
                        "destinatario", Map.of("tipo", "SUJETO_OBLIGADO", "id", "so-est-1"),
                        "asunto", "Aviso de capacitación.", "adjuntos", List.of()))
                .exchange().expectStatus().isCreated();
        reloj.fijar(LocalDateTime.of(2026, 2, 10, 13, 30).atZone(CDMX).toInstant());
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", leido).headers(h -> h.setBearerAuth(unidad))
                .exchange().expectStatus().isOk();

        // C: notoria incompetencia on 12 February, día 2.
        el(2, 12, 11);
        actuar(unidad, c, "respuesta", Map.of("tipo", "NOTORIA_INCOMPETENCIA",
                "respuesta", "No es competencia de este sujeto obligado.",
                "sujetosObligadosCompetentes", List.of("so-est-2"))).expectStatus().isOk();
        // D: a requerimiento on día 2; desahogado on Monday 16 February, the plazo restarts on the 17th.
        el(2, 12, 12);
        actuar(unidad, d, "requerimiento", Map.of("requerimiento", "Precise el año del padrón."))
                .expectStatus().isOk();
        el(2, 16, 12);
        actuar(tokenDe("ciudadana", "SOLICITANTE", null, null), d, "desahogo", Map.of("desahogo", "El de 2025."))
                .expectStatus().isOk();
        // A: answered on Tuesday 17 February, día 5 (11, 12, 13, 16, 17).
        el(2, 17, 12);
        responder(unidad, a);
        // D: answered on the 19th, día 3 of the restarted plazo: 2 + 3 = 5 días, the wait left out.
        el(2, 19, 12);
        responder(unidad, d);
        // B: ampliación on the 20th; answered on 12 March, día 22 of 30 (20 to 10 March, then 11 and 12).
        el(2, 20, 12);
        actuar(unidad, b, "ampliacion", Map.of("dias", 10, "numeroDeResolucion", "CT/EST/01/2026",
                "fechaDeResolucion", "2026-02-19", "motivos", "El padrón ocupa 12 cajas.")).expectStatus().isOk();
        // F: received in March by the other sujeto obligado.
        el(3, 2, 10);
        presentar("so-est-2");
        el(3, 12, 12);
        responder(unidad, b);

        esperarProyeccionesAlDia();
        Map<String, Object> todo = await().atMost(Duration.ofSeconds(30)).until(() -> estadisticas(CONSULTA
                        + "&corte=2026-03-31"),
                e -> fila(e, "so-est-1", "2026-03-01") != null && fila(e, "so-est-2", "2026-03-01") != null
                        && ((List<?>) e.get("comunicados")).size() == 1
                        && ((Map<?, ?>) ((List<?>) e.get("comunicados")).get(0)).get("leidos").equals(1));
        // February's cohort: 5 received, 4 answered in time in 2, 5, 5 and 22 días.
        assertThat(fila(todo, "so-est-1", "2026-02-01")).containsEntry("tipo", "ACCESO_A_LA_INFORMACION")
                .containsEntry("solicitudesRecibidas", 5).containsEntry("respondidas", 4)
                .containsEntry("respondidasEnTiempo", 4).containsEntry("diasParaResponderPromedio", 8.5)
                .containsEntry("diasParaResponderMediana", 5.0).containsEntry("diasParaResponderP90", 16.9)
                .containsEntry("prevenciones", 1).containsEntry("ampliaciones", 1)
                .containsEntry("incompetencias", 1).containsEntry("respuestasEnElPeriodo", 3)
                .containsEntry("recursosInterpuestos", 0).containsEntry("recursosPor100Respuestas", 0.0)
                .containsEntry("tasaDeCumplimiento", null);
        // March: B's answer is given in March; F is March's cohort of so-est-2.
        assertThat(fila(todo, "so-est-1", "2026-03-01")).containsEntry("solicitudesRecibidas", 0)
                .containsEntry("respuestasEnElPeriodo", 1);
        assertThat(fila(todo, "so-est-2", "2026-03-01")).containsEntry("solicitudesRecibidas", 1)
                .containsEntry("respondidas", 0).containsEntry("diasParaResponderPromedio", null);
        assertThat((List<Map<String, Object>>) todo.get("comunicados")).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("sujetoObligadoId", "so-est-1")
                        .containsEntry("enviados", 2).containsEntry("leidos", 1)
                        .containsEntry("horasALecturaPromedio", 3.5));

        // As of 18 February: A and C answered (5 and 2 días); the requerimiento counted, the ampliación not yet.
        Map<String, Object> alDieciocho = estadisticas(CONSULTA + "&corte=2026-02-18");
        assertThat(fila(alDieciocho, "so-est-1", "2026-02-01")).containsEntry("solicitudesRecibidas", 5)
                .containsEntry("respondidas", 2).containsEntry("diasParaResponderPromedio", 3.5)
                .containsEntry("prevenciones", 1).containsEntry("ampliaciones", 0)
                .containsEntry("respuestasEnElPeriodo", 2);
        assertThat(fila(alDieciocho, "so-est-2", "2026-03-01")).isNull();

        // By year, the two months of so-est-1 are one row; a tipo with no solicitudes has no rows nor comunicados.
        Map<String, Object> anual = estadisticas(CONSULTA + "&corte=2026-03-31&periodo=ANIO&sujetoObligado=so-est-1");
        assertThat((List<?>) anual.get("filas")).singleElement().satisfies(f -> assertThat((Map<String, Object>) f)
                .containsEntry("periodo", "2026-01-01").containsEntry("solicitudesRecibidas", 5)
                .containsEntry("respuestasEnElPeriodo", 4));
        Map<String, Object> deOtroTipo = estadisticas(CONSULTA + "&tipo=PORTABILIDAD");
        assertThat((List<?>) deOtroTipo.get("filas")).isEmpty();
        assertThat((List<?>) deOtroTipo.get("comunicados")).isEmpty();

        // The CSV export, parsed back: UTF-8, a header of documented columns, the same figures.
        byte[] csv = web.get().uri("/api/estadisticas.csv" + CONSULTA + "&corte=2026-03-31").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (CSVParser filas = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertThat(filas.getHeaderNames()).startsWith("garante", "sujeto_obligado", "periodo", "tipo",
                    "solicitudes_recibidas").contains("dias_para_responder_promedio", "recursos_por_litis",
                    "tasa_de_cumplimiento");
            List<CSVRecord> registros = filas.getRecords();
            assertThat(registros).hasSize(3);
            CSVRecord febrero = registros.stream().filter(r -> r.get("periodo").equals("2026-02-01")).findFirst()
                    .orElseThrow();
            assertThat(febrero.get("sujeto_obligado")).isEqualTo("so-est-1");
            assertThat(febrero.get("solicitudes_recibidas")).isEqualTo("5");
            assertThat(febrero.get("dias_para_responder_promedio")).isEqualTo("8.5");
            assertThat(febrero.get("dias_para_responder_p90")).isEqualTo("16.9");
            assertThat(febrero.get("tasa_de_cumplimiento")).isEmpty();
        }
        String comunicados = new String(web.get().uri("/api/estadisticas.csv" + CONSULTA
                        + "&corte=2026-03-31&seccion=comunicados").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(comunicados.lines().toList()).containsExactly(
                "garante,sujeto_obligado,periodo,enviados,leidos,horas_a_lectura_promedio",
                "estadisticas,so-est-1,2026-02-01,2,1,3.5");

        // Bad parameters: a Spanish problem, for everyone (the statistics are public).
        for (String mala : List.of("?periodo=SEMANA", "?desde=2026-03-01&hasta=2026-02-01", "?tipo=X",
                "?desde=2000-01-01&hasta=2026-01-01", "?corte=ayer", "?desde=%2B999999999-01-01",
                "?hasta=%2B999999999-12-31&desde=%2B999999990-01-01", "?corte=-0001-01-01")) {
            web.get().uri(tal("/api/estadisticas", mala)).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.get().uri("/api/estadisticas.csv?seccion=otra").exchange().expectStatus().isBadRequest();
    }

    /**
     * An ARCO solicitud (plazo ARCO_RESPUESTA) whose plazo a día inhábil moved before a requerimiento: the días
     * before the requerimiento are those of the recomputed plazo. Received Tuesday 10 February; Thursday 12 declared
     * inhábil; requerimiento on Friday 13 (días 11 and 13: 2, not 3); desahogo on Monday 16; answered Thursday 19,
     * día 3 of the restarted plazo (17, 18, 19): 2 + 3 = 5 días.
     */
    @Test
    void losDiasDeUnaSolicitudArcoSiguenAlPlazoRecalculado() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("estadisticas-arco", "America/Mexico_City");
        registrarSujetoObligado("so-est-arco", "991003", "estadisticas-arco");
        String unidad = tokenDe("ut-est-arco", "UNIDAD_TRANSPARENCIA", "estadisticas-arco", "so-est-arco");
        String titular = tokenDe("titular-arco", "SOLICITANTE", null, null);
        el(2, 10, 10);
        String folio = (String) web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(titular))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-est-arco", "descripcion", "Acceso a mi expediente laboral",
                        "modalidadDeEntrega", "ELECTRONICA", "tipo", "ACCESO_A_DATOS_PERSONALES"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");

        el(2, 11, 10);
        web.post().uri("/api/calendarios/garante:estadisticas-arco/dias-inhabiles")
                .headers(h -> h.setBearerAuth(token("admin", "admin-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-02-12", "motivo", "Día inhábil por acuerdo del Pleno",
                        "acuerdo", "ACT-EST/ARCO/2026", "fechaPublicacion", "2026-02-11"))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from "
                + "domain_event_entry where aggregate_identifier = ? and payload_type = ?", Long.class, folio,
                "mx.pnt.events.plazo.PlazoRecalculado"), n -> n == 1);

        el(2, 13, 12);
        actuar(unidad, folio, "requerimiento", Map.of("requerimiento", "Precise el periodo del expediente."))
                .expectStatus().isOk();
        el(2, 16, 12);
        actuar(titular, folio, "desahogo", Map.of("desahogo", "De 2020 a 2025.")).expectStatus().isOk();
        el(2, 19, 12);
        responder(unidad, folio);

        Map<String, Object> arco = await().atMost(Duration.ofSeconds(30)).until(() -> estadisticas(
                        "?garante=estadisticas-arco&desde=2026-01-01&hasta=2026-12-31&corte=2026-03-31"),
                e -> fila(e, "so-est-arco", "2026-02-01") != null
                        && fila(e, "so-est-arco", "2026-02-01").get("respondidas").equals(1));
        assertThat(fila(arco, "so-est-arco", "2026-02-01")).containsEntry("tipo", "ACCESO_A_DATOS_PERSONALES")
                .containsEntry("solicitudesRecibidas", 1).containsEntry("prevenciones", 1)
                .containsEntry("diasParaResponderPromedio", 5.0);

        // Each client's consultas are limited (LimiteDeEstadisticas): every answer says how many are left, and a
        // client with a token counts on its own.
        String analista = tokenDe("analista-limite", "ANALISTA", null, null);
        long primera = restantes(analista);
        assertThat(restantes(analista)).isEqualTo(primera - 1);
        assertThat(restantes(tokenDe("analista-limite-2", "ANALISTA", null, null))).isEqualTo(primera);
    }
}
