package mx.pnt.app;

import mx.pnt.command.vencimiento.VigiaDeVencimientos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recurso de revisión (SIGEMI) through the real HTTP API and PostgreSQL, on the demo federal calendar (2026:
 * Juárez on 16 March, Semana Santa 30 March to 3 April) and the demo pleno (comisionada, comisionado; round robin by
 * the recurso's consecutive): interposición in time and on day 16, falta de respuesta, prevención without desahogo,
 * reconducción twice; every refusal records nothing.
 */
class RecursosHttpTest extends PlataformaEnPruebas {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

    @Autowired
    private VigiaDeVencimientos vigia;

    private void el(int mes, int dia, int hora, int minuto) {
        reloj.fijar(LocalDateTime.of(2026, mes, dia, hora, minuto).atZone(CDMX).toInstant());
    }

    /** A solicitud presented on 10 February 2026 and answered (notified in the Plataforma) on Friday 6 March. */
    private String respondida() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String folio = (String) presentarSolicitud("so-salud", "Contratos de vacunas 2024").get("folio");
        el(3, 6, 13, 0);
        web.post().uri("/api/solicitudes/{folio}/respuesta", folio)
                .headers(h -> h.setBearerAuth(token("ut-salud", "ut-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se anexan los contratos."))
                .exchange().expectStatus().isOk();
        return folio;
    }

    private WebTestClient.ResponseSpec interponer(String folioDeSolicitud) {
        return web.post().uri("/api/recursos")
                .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("folioDeSolicitud", folioDeSolicitud,
                        "razones", "La información entregada no corresponde con lo solicitado."))
                .exchange();
    }

    private Map<?, ?> interpuesto(String folioDeSolicitud) {
        return interponer(folioDeSolicitud).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private WebTestClient.ResponseSpec actuar(String token, String folio, String actuacion, Object cuerpo) {
        return web.post().uri("/api/recursos/{folio}/" + actuacion, folio)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cuerpo)
                .exchange();
    }

    private String garante() {
        return token("garante", "garante-demo");
    }

    /** Octogésimo: the demo pleno turns odd consecutives to the comisionada, even ones to the comisionado. */
    private String ponente(String folioDelRecurso) {
        long consecutivo = Long.parseLong(folioDelRecurso.substring(folioDelRecurso.lastIndexOf('-') + 1));
        return consecutivo % 2 == 1 ? token("comisionada", "comisionada-demo")
                : token("comisionado", "comisionado-demo");
    }

    private String otroComisionado(String folioDelRecurso) {
        long consecutivo = Long.parseLong(folioDelRecurso.substring(folioDelRecurso.lastIndexOf('-') + 1));
        return consecutivo % 2 == 0 ? token("comisionada", "comisionada-demo")
                : token("comisionado", "comisionado-demo");
    }

    private List<String> eventosDelRecurso(String folio, String tipo) {
        return jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type = ? order by sequence_number", byte[].class, folio,
                "mx.pnt.events.recurso." + tipo).stream()
                .map(payload -> new String(payload, StandardCharsets.UTF_8)).toList();
    }

    /**
     * The plazos read model ({@code GET /api/plazos/{folio}}) once it shows exactly these running plazos, paso to
     * deadline; none when the folio has no running plazo.
     */
    private Map<?, ?> esperarPlazosEnCurso(String folio, Map<String, String> esperados) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var respuesta = web.get().uri("/api/plazos/{folio}", folio).exchange().returnResult(Map.class);
            return respuesta.getStatus().is2xxSuccessful() ? respuesta.getResponseBody().blockFirst()
                    : Map.of("plazos", List.of());
        }, plazos -> enCurso(plazos).equals(esperados));
    }

    private static Map<String, String> enCurso(Map<?, ?> plazos) {
        Map<String, String> porPaso = new java.util.TreeMap<>();
        for (Object plazo : (List<?>) plazos.get("plazos")) {
            Map<?, ?> vista = (Map<?, ?>) plazo;
            porPaso.put((String) vista.get("paso"), (String) vista.get("vencimiento"));
        }
        return porPaso;
    }

    @Test
    void elDia15SeAdmiteLaInterposicionYElDia16SeRechazaConElComputo_art144() {
        String solicitud = respondida();

        // The 15 días run 9 March to 6 April (16 March and 30 March to 3 April inhábiles): 7 April is day 16.
        el(4, 7, 10, 0);
        long antes = eventosAlmacenados();
        interponer(solicitud).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("recurso-extemporaneo")
                .jsonPath("$.detail").value(detalle -> assertThat((String) detalle)
                        .contains("vencieron el 06/04/2026", "LGTAIP 2025, art. 144", "Cómputo:",
                                "06/04/2026: día 15 de 15"));
        assertThat(eventosAlmacenados()).isEqualTo(antes);

        el(4, 6, 17, 30);
        Map<?, ?> acuse = interpuesto(solicitud);
        assertThat((String) acuse.get("folio")).matches("RR-FEDERAL-2026-\\d{6}");
        assertThat((String) acuse.get("numeroDescriptivo")).matches("RRA \\d{5}/2026");
        assertThat(acuse.get("recibidoEn")).isEqualTo("2026-04-06T17:30:00");
        assertThat(acuse.get("fechaDePresentacion")).isEqualTo("2026-04-06");
        assertThat(acuse.get("vencimientoParaInterponer")).isEqualTo("2026-04-06");
        // Septuagésimo sexto: 40 días from the presentation.
        assertThat(acuse.get("vencimientoParaResolver")).isEqualTo("2026-06-02");
    }

    @Test
    void porFaltaDeRespuestaSeInterponeSeTurnaYSeAdmite_art144_OctogesimoSeptimo() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String solicitud = (String) presentarSolicitud("so-salud", "Padrón de médicos 2025").get("folio");
        // Before the response deadline (10 March) there is nothing to recur.
        el(3, 2, 10, 0);
        interponer(solicitud).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("solicitud-sin-respuesta");

        el(3, 11, 9, 0);
        vigia.revisar();
        el(3, 12, 10, 0);
        Map<?, ?> acuse = interpuesto(solicitud);
        String folio = (String) acuse.get("folio");
        // Fifteen días from the deadline: 11 March to 8 April.
        assertThat(acuse.get("vencimientoParaInterponer")).isEqualTo("2026-04-08");
        assertThat(eventosDelRecurso(folio, "RecursoInterpuesto")).singleElement().asString()
                .contains("\"actoImpugnado\":\"FALTA_DE_RESPUESTA\"", "\"revisionDeLaSolicitud\":");

        // Only the ponente admits; the garante fixes the litis and the turno follows.
        actuar(ponente(folio), folio, "admision", Map.of()).expectStatus().isForbidden();
        actuar(garante(), folio, "litis", Map.of("litis", "FALTA_DE_RESPUESTA"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("TURNO");
        actuar(otroComisionado(folio), folio, "admision", Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.codigo").isEqualTo("ponente-ajeno");

        el(3, 13, 11, 0);
        actuar(ponente(folio), folio, "admision", Map.of())
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.actuacion").isEqualTo("ADMISION")
                .jsonPath("$.plazoEnCurso").isEqualTo("RESOLVER_RECURSO_REVISION");
        assertThat(eventosDelRecurso(folio, "RecursoAdmitido")).singleElement().asString()
                .contains("\"paso\":\"ALEGATOS_Y_PRUEBAS\"");
    }

    @Test
    void prevenidoYDesechadoPorNoDesahogar_OctogesimoSexto() {
        String solicitud = respondida();
        el(3, 9, 10, 0);
        Map<?, ?> acuse = interpuesto(solicitud);
        String folio = (String) acuse.get("folio");
        esperarPlazosEnCurso(folio, Map.of("RESOLVER_RECURSO_REVISION", (String) acuse.get("vencimientoParaResolver")));
        actuar(garante(), folio, "litis", Map.of("litis", "INFORMACION_QUE_NO_CORRESPONDE")).expectStatus().isOk();

        // Notified in the Plataforma as recorded: five días, 11 to 18 March (16 March inhábil).
        el(3, 10, 12, 0);
        actuar(ponente(folio), folio, "prevencion", Map.of("omisiones", "Precise qué parte de la respuesta impugna."))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.plazoEnCurso").isEqualTo("PREVENCION_RECURRENTE")
                .jsonPath("$.vencimiento").isEqualTo("2026-03-18");
        // The prevención interrupts the resolution clock: only the recurrente's plazo runs (Octogésimo sexto).
        esperarPlazosEnCurso(folio, Map.of("PREVENCION_RECURRENTE", "2026-03-18"));

        el(3, 18, 10, 0);
        long antes = eventosAlmacenados();
        actuar(garante(), folio, "calificacion-de-prevencion", Map.of("resultado", "SIN_RESPUESTA"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("desahogo-en-plazo");
        assertThat(eventosAlmacenados()).isEqualTo(antes);

        el(3, 19, 10, 0);
        actuar(garante(), folio, "calificacion-de-prevencion", Map.of("resultado", "SIN_RESPUESTA"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("DESECHAMIENTO")
                .jsonPath("$.plazoEnCurso").doesNotExist();
        assertThat(eventosDelRecurso(folio, "RecursoDesechado")).singleElement().asString()
                .contains("PREVENCION_NO_DESAHOGADA");
        esperarPlazosEnCurso(folio, Map.of());

        // Concluded: no admission, no reconducción.
        antes = eventosAlmacenados();
        actuar(ponente(folio), folio, "admision", Map.of()).expectStatus().isEqualTo(409);
        actuar(ponente(folio), folio, "reconduccion", Map.of("via", "DATOS_PERSONALES", "motivo", "x"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("recurso-concluido");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    @Test
    void reconducidoDosVecesConservaElFolioYElTurno_SeptuagesimoNoveno_OctogesimoPrimero() {
        String solicitud = respondida();
        el(3, 9, 10, 0);
        Map<?, ?> acuse = interpuesto(solicitud);
        String folio = (String) acuse.get("folio");
        String numero = (String) acuse.get("numeroDescriptivo");

        // Before the turno, the garante reconducts.
        actuar(garante(), folio, "reconduccion", Map.of("via", "DATOS_PERSONALES",
                "motivo", "Se piden los datos personales del propio recurrente.")).expectStatus().isOk();
        actuar(garante(), folio, "litis", Map.of("litis", "DIVERSOS_AGRAVIOS")).expectStatus().isOk();

        // After it, only the ponente, and the turno stays.
        long antes = eventosAlmacenados();
        actuar(garante(), folio, "reconduccion", Map.of("via", "ACCESO_A_LA_INFORMACION", "motivo", "Otra vez."))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        el(3, 10, 10, 0);
        actuar(ponente(folio), folio, "reconduccion", Map.of("via", "ACCESO_A_LA_INFORMACION",
                "motivo", "La solicitud pedía información pública, no datos propios.")).expectStatus().isOk();

        List<String> reconducciones = eventosDelRecurso(folio, "RecursoReconducido");
        String consecutivo = numero.substring(4);
        assertThat(reconducciones).hasSize(2);
        assertThat(reconducciones.get(0)).contains("\"numeroAnterior\":\"" + numero + "\"",
                "\"numeroDescriptivo\":\"RRD " + consecutivo + "-R\"", "\"rol\":\"GARANTE\"", "\"ponenteId\":null",
                "\"ordinal\":1");
        assertThat(reconducciones.get(1)).contains("\"numeroDescriptivo\":\"RRA " + consecutivo + "-R2\"",
                "\"rol\":\"COMISIONADO\"", "\"ordinal\":2", "\"fichaVersion\":4");
        String turno = eventosDelRecurso(folio, "RecursoTurnado").get(0);
        String ponente = turno.substring(turno.indexOf("\"ponenteId\":\""), turno.indexOf('"',
                turno.indexOf("\"ponenteId\":\"") + 13) + 1);
        assertThat(reconducciones.get(1)).contains(ponente);
        assertThat(eventosDelRecurso(folio, "RecursoTurnado")).hasSize(1);
        assertThat(eventosDelRecurso(folio, "FichaDelRecursoGenerada")).hasSize(4);

        // The reconducción history of two steps, as the read model shows it.
        Map<?, ?> historia = await().atMost(Duration.ofSeconds(30)).until(() -> leer(garante(),
                        "/api/recursos/{folio}/reconducciones", folio).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody(), h -> ((List<?>) h.get("reconducciones")).size() == 2);
        assertThat(historia.get("garanteId")).isEqualTo("federal");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pasos = (List<Map<String, Object>>) historia.get("reconducciones");
        assertThat(pasos.get(0)).containsEntry("ordinal", 1).containsEntry("usuario", "garante")
                .containsEntry("rol", "GARANTE").containsEntry("reconducidoEn", "2026-03-09T10:00:00")
                .containsEntry("zonaHoraria", "America/Mexico_City").containsEntry("desfase", "-06:00")
                .containsEntry("viaAnterior", "ACCESO_A_LA_INFORMACION").containsEntry("via", "DATOS_PERSONALES")
                .containsEntry("numeroAnterior", numero)
                .containsEntry("numeroDescriptivo", "RRD " + consecutivo + "-R")
                .containsEntry("motivo", "Se piden los datos personales del propio recurrente.")
                .containsEntry("ponenteId", null);
        assertThat(pasos.get(1)).containsEntry("ordinal", 2).containsEntry("rol", "COMISIONADO")
                .containsEntry("reconducidoEn", "2026-03-10T10:00:00").containsEntry("viaAnterior", "DATOS_PERSONALES")
                .containsEntry("numeroAnterior", "RRD " + consecutivo + "-R")
                .containsEntry("numeroDescriptivo", "RRA " + consecutivo + "-R2").containsEntry("fichaVersion", 4);
        assertThat((String) pasos.get(1).get("ponenteId")).isNotBlank();

        // Per garante and period: the 10th alone has the second step of this recurso.
        List<?> delDia = leer(token("auditor", "auditor-demo"),
                "/api/reconducciones?garante=federal&desde=2026-03-10&hasta=2026-03-10").expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(delDia).anySatisfy(p -> assertThat(comoMapa(p)).containsEntry("folio", folio)
                .containsEntry("ordinal", 2));
        assertThat(delDia).noneSatisfy(p -> assertThat(comoMapa(p)).containsEntry("folio", folio)
                .containsEntry("ordinal", 1));
        // Another garante's staff does not see it, nor does the recurrente; a period backwards is refused.
        leer(tokenDe("staff-otro", "GARANTE", "otro", null), "/api/recursos/{folio}/reconducciones", folio)
                .expectStatus().isNotFound();
        leer(token("ciudadana", "ciudadana-demo"), "/api/recursos/{folio}/reconducciones", folio)
                .expectStatus().isNotFound();
        leer(garante(), "/api/reconducciones?desde=2026-03-10&hasta=2026-03-01").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        leer(token("auditor", "auditor-demo"), "/api/reconducciones?desde=2026-03-01&hasta=2026-03-10")
                .expectStatus().isBadRequest();
        leer(garante(), "/api/reconducciones?garante=otro&desde=2026-03-01&hasta=2026-03-10").expectStatus()
                .isForbidden();
        web.get().uri(tal("/api/reconducciones", "?desde=2026-03-01&hasta=%2B999999999-12-31"))
                .headers(h -> h.setBearerAuth(garante())).exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /**
     * The recurso's plazos follow the calendar through the same recalculation policy as the solicitudes': a día
     * inhábil declared later moves the resolution clock, and after the admisión the alegatos too, each move a
     * {@code PlazoRecalculado} with its cause. In 2027, where the demo calendar declares nothing and no other test
     * reaches: only weekends are inhábiles there.
     */
    @Test
    void losDiasInhabilesDeclaradosDespuesRecorrenLaResolucionYLosAlegatos_SeptuagesimoSexto_OctogesimoSeptimo() {
        reloj.fijar(LocalDateTime.of(2027, 1, 12, 10, 0).atZone(CDMX).toInstant());
        String solicitud = (String) presentarSolicitud("so-salud", "Licitaciones de 2026").get("folio");
        reloj.fijar(LocalDateTime.of(2027, 2, 5, 13, 0).atZone(CDMX).toInstant());
        web.post().uri("/api/solicitudes/{folio}/respuesta", solicitud)
                .headers(h -> h.setBearerAuth(token("ut-salud", "ut-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se anexan las licitaciones."))
                .exchange().expectStatus().isOk();
        // Monday 8 February: forty días, 9 February to Monday 5 April.
        reloj.fijar(LocalDateTime.of(2027, 2, 8, 10, 0).atZone(CDMX).toInstant());
        Map<?, ?> acuse = interpuesto(solicitud);
        String folio = (String) acuse.get("folio");
        assertThat(acuse.get("vencimientoParaResolver")).isEqualTo("2027-04-05");

        declararInhabil("2027-03-10", "ACT-PRUEBA/RR-1/2027");
        List<String> recalculos = esperarRecalculos(folio, 1);
        assertThat(recalculos.get(0)).contains("\"paso\":\"RESOLVER_RECURSO_REVISION\"",
                "\"vencimiento\":\"2027-04-06\"", "ACT-PRUEBA/RR-1/2027", "\"recepcionLegal\":\"2027-02-08\"");

        // Turned and admitted on Tuesday 9 February: alegatos 10 to 18 February.
        reloj.fijar(LocalDateTime.of(2027, 2, 9, 10, 0).atZone(CDMX).toInstant());
        actuar(garante(), folio, "litis", Map.of("litis", "INFORMACION_INCOMPLETA")).expectStatus().isOk();
        actuar(ponente(folio), folio, "admision", Map.of()).expectStatus().isOk();
        assertThat(eventosDelRecurso(folio, "RecursoAdmitido")).singleElement().asString()
                .contains("\"vencimiento\":\"2027-02-18\"", "\"vencimiento\":\"2027-04-06\"");
        assertThat(jdbc.queryForList("select distinct procedimiento, paso from mando_plazo_vigente where "
                + "expediente = ? order by paso", folio)).containsExactly(
                Map.of("procedimiento", "RECURSO", "paso", "ALEGATOS_Y_PRUEBAS"),
                Map.of("procedimiento", "RECURSO", "paso", "RESOLVER_RECURSO_REVISION"));
        esperarPlazosEnCurso(folio, Map.of("ALEGATOS_Y_PRUEBAS", "2027-02-18",
                "RESOLVER_RECURSO_REVISION", "2027-04-06"));

        declararInhabil("2027-02-16", "ACT-PRUEBA/RR-2/2027");
        recalculos = esperarRecalculos(folio, 3);
        assertThat(recalculos.subList(1, 3)).anySatisfy(r -> assertThat(r).contains(
                "\"paso\":\"ALEGATOS_Y_PRUEBAS\"", "\"vencimiento\":\"2027-02-19\"", "ACT-PRUEBA/RR-2/2027"));
        assertThat(recalculos.subList(1, 3)).anySatisfy(r -> assertThat(r).contains(
                "\"paso\":\"RESOLVER_RECURSO_REVISION\"", "\"vencimiento\":\"2027-04-07\""));
        // Both running plazos moved in the read model, with their three recalculations on record.
        Map<?, ?> plazos = esperarPlazosEnCurso(folio, Map.of("ALEGATOS_Y_PRUEBAS", "2027-02-19",
                "RESOLVER_RECURSO_REVISION", "2027-04-07"));
        assertThat((List<?>) plazos.get("recalculos")).hasSize(3);
        // The garante's bandeja de recursos follows the resolution clock too.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select vencimiento_para_resolver "
                + "from bandeja_recurso where folio = ?", LocalDate.class, folio), LocalDate.of(2027, 4, 7)::equals);
    }

    private void declararInhabil(String fecha, String acuerdo) {
        String admin = token("admin", "admin-demo");
        web.post().uri("/api/calendarios/garante:federal/dias-inhabiles").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", fecha, "motivo", "Día inhábil por acuerdo del Pleno", "acuerdo", acuerdo,
                        "fechaPublicacion", "2027-02-08"))
                .exchange().expectStatus().isOk();
    }

    /** The recomputations of a recurso's plazos, once the policy and its worker have recorded {@code n}. */
    private List<String> esperarRecalculos(String folio, int n) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("select payload from "
                        + "domain_event_entry where aggregate_identifier = ? and payload_type = ? order by "
                        + "sequence_number", byte[].class, folio, "mx.pnt.events.plazo.PlazoRecalculado").stream()
                .map(payload -> new String(payload, StandardCharsets.UTF_8)).toList(), l -> l.size() >= n);
    }

    /** A weekday count, for 2028: the demo calendar declares nothing there, so only weekends are inhábiles. */
    private static LocalDate masDiasHabiles(LocalDate desde, int dias) {
        LocalDate dia = desde;
        for (int contados = 0; contados < dias; ) {
            dia = dia.plusDays(1);
            if (dia.getDayOfWeek() != DayOfWeek.SATURDAY && dia.getDayOfWeek() != DayOfWeek.SUNDAY) {
                contados++;
            }
        }
        return dia;
    }

    private void el(LocalDate fecha, int hora) {
        reloj.fijar(fecha.atTime(hora, 0).atZone(CDMX).toInstant());
    }

    private int descargar(String token, String huella) {
        return SubidaDeDocumentos.estadoDeDescarga(web, token, huella);
    }

    private Map<String, String> documento(String nombre, String contenido) {
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n% " + contenido
                + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        SubidaDeDocumentos.subir(web, garante(), nombre, pdf).expectStatus().isCreated();
        return Map.of("sha256", SubidaDeDocumentos.sha256(pdf), "nombre", nombre);
    }

    /**
     * The whole sustanciación through the HTTP API: a recurso for falta de respuesta, admitted; alegatos of both
     * parties and an alcance within the seven días, refused the day after; cierre, listar, the resolución that
     * revoca, its publication and notification to the sujeto obligado, which starts the plazo to comply; the
     * informe and the finding of incumplimiento, with its alert (Octogésimo séptimo to Nonagésimo sexto). In 2028,
     * where only weekends are inhábiles.
     */
    @Test
    void porFaltaDeRespuestaHastaLaResolucionQueRevocaYSuIncumplimiento_OctogesimoSeptimo_NonagesimoSexto() {
        el(LocalDate.of(2028, 1, 11), 10);
        Map<?, ?> presentada = presentarSolicitud("so-salud", "Compras consolidadas de 2027");
        String solicitud = (String) presentada.get("folio");
        LocalDate vencio = LocalDate.parse((String) presentada.get("vencimientoDeRespuesta"));
        LocalDate admision = masDiasHabiles(vencio, 1);
        el(admision, 10);
        vigia.revisar();
        Map<?, ?> acuse = interpuesto(solicitud);
        String folio = (String) acuse.get("folio");
        String paraResolver = (String) acuse.get("vencimientoParaResolver");
        actuar(garante(), folio, "litis", Map.of("litis", "FALTA_DE_RESPUESTA")).expectStatus().isOk();
        actuar(ponente(folio), folio, "admision", Map.of()).expectStatus().isOk();
        LocalDate ultimoDeAlegatos = masDiasHabiles(admision, 7);

        // Alegatos of both parties, then an alcance of the recurrente, with no limit of documents.
        el(masDiasHabiles(admision, 1), 10);
        actuar(token("ciudadana", "ciudadana-demo"), folio, "alegatos", Map.of("alegatos", "La falta de respuesta me dejó sin la información."))
                .expectStatus().isOk().expectBody().jsonPath("$.actuacion").isEqualTo("ALEGATOS");
        actuar(token("ut-salud", "ut-demo"), folio, "alegatos", Map.of("alegatos", "Se respondió por correo; se "
                + "anexa el acuse.", "anexos", List.of(documento("acuse de correo.pdf", "acuse"))))
                .expectStatus().isOk().expectBody().jsonPath("$.actuacion").isEqualTo("ALEGATOS");
        el(ultimoDeAlegatos, 17);
        actuar(token("ciudadana", "ciudadana-demo"), folio, "alegatos", Map.of("alegatos", "El correo no llegó."))
                .expectStatus().isOk().expectBody().jsonPath("$.actuacion").isEqualTo("ALCANCE");
        // The recurrente presents alegatos; amplifying the plazo to resolve is the garante's.
        actuar(token("ciudadana", "ciudadana-demo"), folio, "ampliacion", Map.of("dias", 5, "motivos", "x"))
                .expectStatus().isForbidden();

        // The day after the seven días: refused with the computation, nothing written; the instrucción closes.
        LocalDate cierre = masDiasHabiles(ultimoDeAlegatos, 1);
        el(cierre, 10);
        long antes = eventosAlmacenados();
        actuar(token("ciudadana", "ciudadana-demo"), folio, "alegatos", Map.of("alegatos", "Otro alcance."))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("alegatos-extemporaneos")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("Cómputo",
                        ultimoDeAlegatos.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        esperarPlazosEnCurso(folio, Map.of("ALEGATOS_Y_PRUEBAS", ultimoDeAlegatos.toString(),
                "RESOLVER_RECURSO_REVISION", paraResolver));
        actuar(garante(), folio, "cierre-de-instruccion", Map.of()).expectStatus().isOk();
        // Nonagésimo segundo: the alegatos are over, the resolution clock goes on.
        esperarPlazosEnCurso(folio, Map.of("RESOLVER_RECURSO_REVISION",
                paraResolver));
        assertThat(eventosDelRecurso(folio, "AlegatosPresentados")).hasSize(3)
                .anySatisfy(a -> assertThat(a).contains("\"parte\":\"SUJETO_OBLIGADO\"", "acuse de correo.pdf"))
                .anySatisfy(a -> assertThat(a).contains("\"alcance\":true"));

        // Listed, voted (revoca, ten días to comply), published and notified to the sujeto obligado.
        actuar(ponente(folio), folio, "listado", Map.of("proyecto", documento("proyecto.pdf", "proyecto")))
                .expectStatus().isOk().expectBody().jsonPath("$.actuacion").isEqualTo("LISTADO");
        actuar(garante(), folio, "resolucion", Map.of("tema", "Falta de respuesta a compras consolidadas",
                "fechaDeVotacion", cierre.toString(), "sentido", "REVOCA",
                "votos", List.of(Map.of("comisionadoId", "comisionada", "voto", "A_FAVOR"),
                        Map.of("comisionadoId", "comisionado", "voto", "EN_CONTRA")),
                "diasParaCumplir", 10, "versionFinal", documento("resolucion.pdf", "resolucion")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("mayoria-requerida");
        actuar(garante(), folio, "resolucion", Map.of("tema", "Falta de respuesta a compras consolidadas",
                "fechaDeVotacion", cierre.toString(), "sentido", "REVOCA",
                "votos", List.of(Map.of("comisionadoId", "comisionada", "voto", "A_FAVOR"),
                        Map.of("comisionadoId", "comisionado", "voto", "CONCURRENTE")),
                "diasParaCumplir", 10, "versionFinal", documento("resolucion.pdf", "resolucion")))
                .expectStatus().isOk().expectBody().jsonPath("$.actuacion").isEqualTo("RESOLUCION");
        esperarPlazosEnCurso(folio, Map.of());
        actuar(garante(), folio, "publicacion", Map.of()).expectStatus().isOk();
        // The resolución's final version is the parties' to download; the proyecto listed stays the garante's.
        String resolucion = documento("resolucion.pdf", "resolucion").get("sha256");
        String proyecto = documento("proyecto.pdf", "proyecto").get("sha256");
        assertThat(descargar(token("ciudadana", "ciudadana-demo"), resolucion)).isEqualTo(200);
        assertThat(descargar(token("ut-salud", "ut-demo"), resolucion)).isEqualTo(200);
        assertThat(descargar(tokenDe("otra-persona", "SOLICITANTE", null, null), resolucion)).isEqualTo(404);
        assertThat(descargar(token("ciudadana", "ciudadana-demo"), proyecto)).isEqualTo(404);
        actuar(garante(), folio, "notificaciones-al-sujeto-obligado", Map.of("acuerdo", "RESOLUCION"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.plazoEnCurso").isEqualTo("CUMPLIMIENTO")
                .jsonPath("$.vencimiento").isEqualTo(masDiasHabiles(cierre, 10).toString());
        assertThat(jdbc.queryForList("select distinct paso from mando_plazo_vigente where expediente = ?",
                String.class, folio)).containsExactly("CUMPLIMIENTO");
        esperarPlazosEnCurso(folio, Map.of("CUMPLIMIENTO", masDiasHabiles(cierre, 10).toString()));
        // The SICOM carries the resolución to the Unidad's "Recepción de Actuaciones" (Centésimo trigésimo quinto, VII).
        actuacionDelSicom(token("ut-salud", "ut-demo"), "recepcion-de-actuaciones", folio, "RESOLUCION");

        // Before the plazo runs out and without a report, no finding of incumplimiento.
        antes = eventosAlmacenados();
        actuar(garante(), folio, "calificacion-de-cumplimiento", Map.of("cumplio", false,
                "razon", "SIN_ACCION")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("cumplimiento-en-plazo");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        actuar(token("ut-salud", "ut-demo"), folio, "informe-de-cumplimiento", Map.of("informe",
                "Se entregó la relación de compras consolidadas.")).expectStatus().isOk();
        actuar(garante(), folio, "calificacion-de-cumplimiento", Map.of("cumplio", false,
                "razon", "ACCIONES_INSUFICIENTES", "observaciones", "Falta el desglose por proveedor."))
                .expectStatus().isOk().expectBody().jsonPath("$.actuacion").isEqualTo("INCUMPLIMIENTO");
        assertThat(eventosDelRecurso(folio, "AlertaDeIncumplimiento")).singleElement().asString()
                .contains("\"razon\":\"ACCIONES_INSUFICIENTES\"", "\"sujetoObligadoId\":\"so-salud\"");
        assertThat(jdbc.queryForObject("select count(*) from mando_plazo_vigente where expediente = ?", Long.class,
                folio)).isZero();
        esperarPlazosEnCurso(folio, Map.of());

        // The statistics of 2028 for so-salud hold this procedure alone: a solicitud never answered and a recurso
        // with its litis, its sentido and a cumplimiento found not complied (all on the day of the vote); as of the
        // day before, its litis only.
        String consulta = "/api/estadisticas?garante=federal&sujetoObligado=so-salud&periodo=ANIO"
                + "&desde=2028-01-01&hasta=2028-12-31&corte=";
        Map<?, ?> anual = await().atMost(Duration.ofSeconds(30)).until(() -> web.get().uri(consulta + "2028-12-31")
                        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody(),
                e -> ((List<?>) e.get("filas")).size() == 1 && ((Map<?, ?>) ((List<?>) e.get("filas")).get(0))
                        .get("cumplimientosCalificados").equals(1));
        @SuppressWarnings("unchecked")
        Map<String, Object> fila = (Map<String, Object>) ((List<?>) anual.get("filas")).get(0);
        assertThat(fila).containsEntry("periodo", "2028-01-01").containsEntry("tipo", "ACCESO_A_LA_INFORMACION")
                .containsEntry("solicitudesRecibidas", 1).containsEntry("respondidas", 0)
                .containsEntry("recursosInterpuestos", 1).containsEntry("recursosPor100Respuestas", null)
                .containsEntry("recursosPorLitis", Map.of("FALTA_DE_RESPUESTA", 1))
                .containsEntry("recursosPorSentido", Map.of("REVOCA", 1)).containsEntry("cumplimientosCumplidos", 0)
                .containsEntry("tasaDeCumplimiento", 0.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> antesDeVotar = (Map<String, Object>) ((List<?>) web.get().uri(consulta
                        + cierre.minusDays(1)).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("filas")).get(0);
        assertThat(antesDeVotar).containsEntry("recursosPorLitis", Map.of("FALTA_DE_RESPUESTA", 1))
                .containsEntry("recursosPorSentido", Map.of()).containsEntry("cumplimientosCalificados", 0)
                .containsEntry("tasaDeCumplimiento", null);
    }

    // --- The acuerdos as documents (Octogésimo cuarto) ---

    private WebTestClient.ResponseSpec leer(String token, String ruta, Object... variables) {
        return web.get().uri(ruta, variables).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private List<?> acuerdosVisibles(String token, String folio) {
        return (List<?>) leer(token, "/api/recursos/{folio}/acuerdos", folio).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("acuerdos");
    }

    /**
     * The acuerdo de admisión generated from its template, modified, emitted and signed electronically by the
     * ponente with a certificate (the test-only keys of {@code firmas-de-prueba.properties}); drafts are the garante's
     * alone, the parties read the emitted acuerdo and print it as PDF with its constancia of signature.
     */
    @Test
    void elAcuerdoDeAdmisionSeGeneraModificaEmiteFirmaEImprime_OctogesimoCuarto() throws Exception {
        String folio = admitidoEl10DeMarzo();
        // Nothing to sign before it is generated and emitted.
        actuar(ponente(folio), folio, "acuerdos/ADMISION/emision", Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("acuerdo-sin-generar");
        actuar(garante(), folio, "acuerdos/RESOLUCION/generacion", Map.of()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("sin-acuerdo");
        actuar(garante(), folio, "acuerdos/NO_EXISTE/generacion", Map.of()).expectStatus().isBadRequest();

        el(3, 10, 11, 0);
        actuar(ponente(folio), folio, "acuerdos/ADMISION/generacion", Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("ACUERDO_GENERADO_ADMISION");
        Map<?, ?> borrador = (Map<?, ?>) await().atMost(Duration.ofSeconds(30))
                .until(() -> acuerdosVisibles(garante(), folio), l -> !l.isEmpty()).get(0);
        assertThat(borrador.get("estado")).isEqualTo("GENERADO");
        assertThat((String) borrador.get("texto")).contains("ACUERDO DE ADMISIÓN", folio,
                "Sujeto obligado: Secretaría de Salud", "10/03/2026, a las 10:00 horas.");
        // A draft is the garante's: the recurrente sees no acuerdo yet, a stranger not even the recurso.
        assertThat(acuerdosVisibles(token("ciudadana", "ciudadana-demo"), folio)).isEmpty();
        leer(token("ut-salud", "ut-demo"), "/api/recursos/{folio}/acuerdos/ADMISION/pdf", folio)
                .expectStatus().isNotFound();

        // The longest text allowed reaches the read model intact; one character more is refused, writing nothing.
        String largo = "Ñ".repeat(59_999) + "é";
        long antesDelLargo = eventosAlmacenados();
        actuar(garante(), folio, "acuerdos/ADMISION/versiones", Map.of("texto", largo + "x"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.codigo").isEqualTo("texto-extenso");
        assertThat(eventosAlmacenados()).isEqualTo(antesDelLargo);
        actuar(garante(), folio, "acuerdos/ADMISION/versiones", Map.of("texto", largo)).expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Map<?, ?>) acuerdosVisibles(garante(), folio).get(0))
                .get("texto"), (largo + "\n")::equals);
        String texto = "ACUERDO DE ADMISIÓN\n\nSe admite el recurso de la señora Ñúñez (¿completo? ¡sí!).";
        actuar(garante(), folio, "acuerdos/ADMISION/versiones", Map.of("texto", texto)).expectStatus().isOk();
        actuar(token("ut-salud", "ut-demo"), folio, "acuerdos/ADMISION/emision", Map.of())
                .expectStatus().isForbidden();
        el(3, 10, 12, 0);
        actuar(ponente(folio), folio, "acuerdos/ADMISION/emision", Map.of()).expectStatus().isOk();
        Map<?, ?> emitido = (Map<?, ?>) await().atMost(Duration.ofSeconds(30))
                .until(() -> acuerdosVisibles(token("ciudadana", "ciudadana-demo"), folio), l -> !l.isEmpty())
                .get(0);
        assertThat(emitido.get("version")).isEqualTo(3);
        String cadena = (String) emitido.get("cadenaOriginal");
        assertThat(cadena).startsWith("||SIGEMI|" + folio + "|ADMISION|").endsWith("|3|" + emitido.get("sha256")
                + "||");

        // A signature over another string is refused and writes nothing; the right one suscribe el acuerdo.
        java.util.Properties firmas = new java.util.Properties();
        try (var entrada = getClass().getResourceAsStream("/firmas/firmas-de-prueba.properties")) {
            firmas.load(entrada);
        }
        long antes = eventosAlmacenados();
        actuar(ponente(folio), folio, "acuerdos/ADMISION/firmas", Map.of("certificado",
                firmas.getProperty("uno.certificado"), "firma", firmar(firmas, cadena + "x")))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("firma-invalida");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        el(3, 10, 13, 0);
        actuar(ponente(folio), folio, "acuerdos/ADMISION/firmas", Map.of("certificado",
                firmas.getProperty("uno.certificado"), "firma", firmar(firmas, cadena)))
                .expectStatus().isOk().expectBody().jsonPath("$.actuacion").isEqualTo("ACUERDO_FIRMADO_ADMISION");
        Map<?, ?> suscrito = (Map<?, ?>) await().atMost(Duration.ofSeconds(30))
                .until(() -> acuerdosVisibles(token("ut-salud", "ut-demo"), folio),
                        l -> !l.isEmpty() && "SUSCRITO".equals(((Map<?, ?>) l.get(0)).get("estado"))).get(0);
        assertThat((List<?>) suscrito.get("firmas")).singleElement()
                .satisfies(f -> assertThat(((Map<?, ?>) f).get("modo")).isEqualTo("ELECTRONICA"))
                .satisfies(f -> assertThat(((Map<?, ?>) f).get("numeroDeSerie")).isEqualTo("0a01"))
                .satisfies(f -> assertThat(((Map<?, ?>) f).get("cadenaOriginal")).isEqualTo(cadena));
        assertThat(eventosDelRecurso(folio, "AcuerdoFirmado")).singleElement().asString()
                .contains("\"suscrito\":true", "Comisionada Uno");

        // Printable by the recurrente, with its text and the constancia of its signature.
        byte[] pdf = leer(token("ciudadana", "ciudadana-demo"), "/api/recursos/{folio}/acuerdos/ADMISION/pdf", folio)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (var documento = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var extraccion = new org.apache.pdfbox.text.PDFTextStripper();
            extraccion.setSortByPosition(true);
            String impreso = extraccion.getText(documento).replaceAll("\\s+", " ");
            assertThat(impreso).contains("ACUERDO DE ADMISIÓN", "señora Ñúñez (¿completo? ¡sí!)",
                    "Firma electrónica de comisionad", "número de serie 0a01", "Versión 3")
                    .doesNotContain("BORRADOR");
        }
        leer(token("ciudadana", "ciudadana-demo"), "/api/recursos/{folio}/acuerdos/DESECHAMIENTO/pdf", folio)
                .expectStatus().isNotFound();
    }

    /** A recurso against the respuesta of 6 March, filed on the 9th, its litis fixed and admitted on the 10th. */
    private String admitidoEl10DeMarzo() {
        String solicitud = respondida();
        el(3, 9, 10, 0);
        String folio = (String) interpuesto(solicitud).get("folio");
        actuar(garante(), folio, "litis", Map.of("litis", "INFORMACION_INCOMPLETA")).expectStatus().isOk();
        el(3, 10, 10, 0);
        actuar(ponente(folio), folio, "admision", Map.of()).expectStatus().isOk();
        return folio;
    }

    private Map<?, ?> actuacionDelSicom(String token, String bandeja, String recurso, String tipo) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> ((List<?>) leer(token, "/api/sicom/bandejas/"
                        + bandeja).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                        .get("elementos")).stream().map(e -> (Map<?, ?>) e)
                .filter(e -> recurso.equals(e.get("recurso")) && tipo.equals(e.get("tipo"))).findFirst()
                .orElse(null), e -> e != null);
    }

    private WebTestClient.ResponseSpec enviarPorSicom(String token, Map<String, ?> envio) {
        return web.post().uri("/api/sicom/comunicados").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(envio).exchange();
    }

    /**
     * Centésimo trigésimo quinto to séptimo: the admisión the SIGEMI notifies travels through the SICOM to the
     * sujeto obligado's "Recepción de Actuaciones"; once read, its acuse is in the recurso's own record. A
     * requerimiento with its fecha límite is answered by the Unidad; the answer records its reception and, once the
     * garante reads it, its viewing.
     */
    @Test
    void laAdmisionViajaPorElSicomYSuAcuseEntraAlExpediente_CentesimoTrigesimoQuintoASeptimo() {
        String folio = admitidoEl10DeMarzo();
        el(3, 10, 12, 0);
        actuar(garante(), folio, "notificaciones-al-sujeto-obligado", Map.of("acuerdo", "ADMISION"))
                .expectStatus().isOk();

        String unidad = token("ut-salud", "ut-demo");
        Map<?, ?> admision = actuacionDelSicom(unidad, "recepcion-de-actuaciones", folio, "ACUERDO_DE_ADMISION");
        String comunicado = (String) admision.get("folio");
        assertThat(admision.get("leido")).isEqualTo(false);
        assertThat(admision.get("acuerdoNotificado")).isEqualTo("ADMISION");
        assertThat((String) admision.get("asunto")).contains("acuerdo de admisión", folio);
        assertThat(((Map<?, ?>) admision.get("remitente")).get("id")).isEqualTo("federal");

        el(3, 10, 13, 45);
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", comunicado)
                .headers(h -> h.setBearerAuth(token("ut-salud", "ut-demo")))
                .exchange().expectStatus().isOk();
        String registrada = esperarEvento(folio, "ActuacionDeSicomRegistrada").get(0);
        assertThat(registrada).contains(comunicado, "\"acuerdoNotificado\":\"ADMISION\"",
                "El sujeto obligado Secretaría de Salud, ha recibido la actuación, el día 10, del mes de marzo, "
                        + "del año 2026, a las 13 horas con 45 minutos.");
        // The SICOM's read model follows on its own processor: it may show the reading after the recurso records it.
        await().atMost(Duration.ofSeconds(30)).until(() -> leer(garante(), "/api/sicom/recursos/{folio}/actuaciones",
                        folio).expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody(),
                l -> l.stream().anyMatch(a -> Boolean.TRUE.equals(((Map<?, ?>) a).get("leido"))));
        assertThat(leer(token("ciudadana", "ciudadana-demo"), "/api/sicom/recursos/{folio}/actuaciones", folio)
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody()).isEmpty();

        // A requerimiento with its fecha límite, on the Unidad's board of actuaciones received.
        Map<String, Object> requerimiento = new java.util.HashMap<>(Map.of("clase", "ACTUACION",
                "tipo", "REQUERIMIENTO_DE_INFORMACION",
                "remitente", Map.of("tipo", "ORGANISMO_GARANTE", "id", "federal"),
                "destinatario", Map.of("tipo", "SUJETO_OBLIGADO", "id", "so-salud"),
                "asunto", "Remita la versión pública de los contratos.", "recurso", folio));
        enviarPorSicom(garante(), requerimiento).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("fecha-limite-requerida");
        requerimiento.put("fechaLimite", "2026-03-13");
        String folioDelRequerimiento = (String) enviarPorSicom(garante(), requerimiento).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("folio");
        Map<?, ?> recibido = actuacionDelSicom(token("ut-salud", "ut-demo"), "recepcion-de-actuaciones", folio,
                "REQUERIMIENTO_DE_INFORMACION");
        assertThat(recibido.get("fechaLimite")).isEqualTo("2026-03-13");
        assertThat(recibido.get("atendido")).isEqualTo(false);
        // On the Unidad's tablero de semáforos: the requerimiento due on its fecha límite (3 días hábiles left on
        // the 10th: yellow with the default ranges), and the recurso's alegatos, owed by the parties.
        Map<String, Object> requerido = enElTablero(token("ut-salud", "ut-demo"),
                "?fecha=2026-03-10&clase=REQUERIMIENTO&tamano=200", folioDelRequerimiento + ":REQUERIMIENTO");
        assertThat(requerido).containsEntry("vencimiento", "2026-03-13").containsEntry("color", "AMARILLO")
                .containsEntry("diasHabilesRestantes", 3).containsEntry("aCargoDe", "SUJETO_OBLIGADO");
        Map<String, Object> enAlegatos = enElTablero(garante(), "?clase=RECURSO&tamano=200", folio);
        assertThat(enAlegatos).containsEntry("paso", "ALEGATOS_Y_PRUEBAS").containsEntry("aCargoDe", "RECURRENTE");
        assertThat(enAlegatos.get("vencimientoParaResolver")).isNotNull();
        assertThat(enElTablero(ponente(folio), "?clase=RECURSO&tamano=200", folio)).isNotNull();

        el(3, 12, 17, 30);
        String respuesta = (String) enviarPorSicom(token("ut-salud", "ut-demo"), Map.of("clase", "ACTUACION",
                "tipo", "ATENCION_DE_REQUERIMIENTO",
                "remitente", Map.of("tipo", "SUJETO_OBLIGADO", "id", "so-salud"),
                "destinatario", Map.of("tipo", "ORGANISMO_GARANTE", "id", "federal"),
                "asunto", "Se remite la versión pública.", "recurso", folio,
                "enAtencionDe", folioDelRequerimiento)).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("folio");
        el(3, 13, 9, 10);
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", respuesta).headers(h -> h.setBearerAuth(garante()))
                .exchange().expectStatus().isOk();
        Map<?, ?> atendido = await().atMost(Duration.ofSeconds(30)).until(() -> leer(garante(),
                        "/api/sicom/comunicados/{folio}", folioDelRequerimiento).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody(), r -> ((List<?>) r.get("respuestas"))
                .stream().anyMatch(x -> ((Map<?, ?>) x).get("visualizadaEn") != null));
        assertThat(atendido.get("atendido")).isEqualTo(true);
        await().atMost(Duration.ofSeconds(30)).until(() -> tableroDeSemaforos(token("ut-salud", "ut-demo"),
                "?clase=REQUERIMIENTO&tamano=200"), p -> ((List<?>) p.get("elementos")).stream()
                .noneMatch(e -> (folioDelRequerimiento + ":REQUERIMIENTO").equals(((Map<?, ?>) e).get("pendiente"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> laRespuesta = (Map<String, Object>) ((List<?>) atendido.get("respuestas")).get(0);
        assertThat(laRespuesta).containsEntry("folio", respuesta).containsEntry("recibidaEn", "2026-03-12T17:30:00")
                .containsEntry("enTiempo", true).containsEntry("visualizadaEn", "2026-03-13T09:10:00");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> comoMapa(Object json) {
        return (Map<String, Object>) json;
    }

    private Map<?, ?> tableroDeSemaforos(String token, String consulta) {
        return leer(token, "/api/tableros/semaforos" + consulta).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    /** An item of a tablero de semáforos, once its projector shows it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> enElTablero(String token, String consulta, String pendiente) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> ((List<?>) tableroDeSemaforos(token, consulta)
                        .get("elementos")).stream().map(e -> (Map<String, Object>) e)
                .filter(e -> pendiente.equals(e.get("pendiente"))).findFirst().orElse(null), e -> e != null);
    }

    private static String firmar(java.util.Properties firmas, String cadena) throws Exception {
        java.security.Signature firma = java.security.Signature.getInstance("SHA256withRSA");
        firma.initSign(java.security.KeyFactory.getInstance("RSA").generatePrivate(
                new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(
                        firmas.getProperty("uno.llave")))));
        firma.update(cadena.getBytes(StandardCharsets.UTF_8));
        return java.util.Base64.getEncoder().encodeToString(firma.sign());
    }

    /** Two recursos of the same recurrente against the same sujeto obligado, filed on 9 and 10 March 2026. */
    private List<String> dosRecursos() {
        String primera = respondida();
        String segunda = respondida();
        el(3, 9, 10, 0);
        String anterior = (String) interpuesto(primera).get("folio");
        el(3, 10, 10, 0);
        String posterior = (String) interpuesto(segunda).get("folio");
        actuar(garante(), anterior, "litis", Map.of("litis", "INFORMACION_INCOMPLETA")).expectStatus().isOk();
        actuar(garante(), posterior, "litis", Map.of("litis", "INFORMACION_INCOMPLETA")).expectStatus().isOk();
        return List.of(anterior, posterior);
    }

    /** The events of a recurso, once the policy delivered the other side's (it runs on its own processor). */
    private List<String> esperarEvento(String folio, String tipo) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> eventosDelRecurso(folio, tipo), l -> !l.isEmpty());
    }

    /**
     * Octogésimo octavo, noveno: the ponente of the later recurso asks; the request reaches the acumulador's ponente
     * through the SIGEMI; accepted, the later recurso concludes as accumulated and admits nothing more.
     */
    @Test
    @SuppressWarnings("unchecked")
    void unaAcumulacionAceptadaConcluyeElRecursoPosterior_OctogesimoOctavo_OctogesimoNoveno() {
        List<String> recursos = dosRecursos();
        String anterior = recursos.get(0);
        String posterior = recursos.get(1);
        el(3, 11, 10, 0);
        // The acumulador is the one received first; asking the other way round is refused.
        actuar(ponente(anterior), anterior, "acumulacion", Map.of("acumulador", posterior, "motivo", "Mismo tema."))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.codigo").isEqualTo("acumulador-posterior");
        actuar(ponente(posterior), posterior, "acumulacion", Map.of("acumulador", anterior,
                "motivo", "Mismos contratos de vacunas y mismas partes.")).expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("SOLICITUD_DE_ACUMULACION");
        assertThat(esperarEvento(anterior, "SolicitudDeAcumulacionRecibida")).singleElement().asString()
                .contains(posterior);

        // Only the acumulador's ponente decides.
        actuar(ponente(posterior), anterior, "acumulacion/resolucion", Map.of("acumulado", posterior,
                "aceptada", true)).expectStatus().isForbidden();
        el(3, 11, 12, 0);
        actuar(ponente(anterior), anterior, "acumulacion/resolucion", Map.of("acumulado", posterior,
                "aceptada", true)).expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("ACUMULACION");
        assertThat(esperarEvento(posterior, "RecursoAcumulado")).singleElement().asString().contains(anterior);

        // The expediente al día: before the acumulación, the acumulador's own actuaciones; after it, the accumulated
        // recurso's too, in the order recorded.
        String auditor = token("auditor", "auditor-demo");
        Map<?, ?> antesDeAcumular = leer(auditor, "/api/expedientes/{folio}?al=2026-03-11T11:00:00-06:00", anterior)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) antesDeAcumular.get("acumulados")).isEmpty();
        assertThat((List<Object>) antesDeAcumular.get("actuaciones")).extracting(a -> (Object) ((Map<?, ?>) a).get("folio"))
                .containsOnly(anterior);
        assertThat((List<Object>) antesDeAcumular.get("actuaciones")).extracting(a -> (Object) ((Map<?, ?>) a).get("tipo"))
                .contains("RecursoInterpuesto", "SolicitudDeAcumulacionRecibida").doesNotContain("AcumulacionResuelta");
        Map<?, ?> acumulado = leer(auditor, "/api/expedientes/{folio}", anterior).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Object>) acumulado.get("acumulados")).containsExactly(posterior);
        List<Object> actuaciones = (List<Object>) acumulado.get("actuaciones");
        assertThat(actuaciones).extracting(a -> ((Map<?, ?>) a).get("folio") + " " + ((Map<?, ?>) a).get("tipo"))
                .contains(posterior + " RecursoInterpuesto", posterior + " RecursoAcumulado",
                        anterior + " AcumulacionResuelta");
        assertThat(actuaciones).extracting(a -> java.time.Instant.parse((String) ((Map<?, ?>) a).get("registradaEn")))
                .isSorted();
        assertThat(jdbc.queryForObject("select abierto from mando_recurso where folio = ?", Boolean.class,
                posterior)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from mando_plazo_vigente where expediente = ?", Long.class,
                posterior)).isZero();
        esperarPlazosEnCurso(posterior, Map.of());

        long antes = eventosAlmacenados();
        actuar(ponente(posterior), posterior, "admision", Map.of()).expectStatus().isEqualTo(409);
        actuar(ponente(posterior), posterior, "reconduccion", Map.of("via", "DATOS_PERSONALES", "motivo", "x"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.codigo").isEqualTo("recurso-acumulado");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    /** Octogésimo octavo: rejected, with its reason, the later recurso goes on and is admitted on its own. */
    @Test
    void unaAcumulacionRechazadaDejaSeguirAlRecursoPosterior_OctogesimoOctavo() {
        List<String> recursos = dosRecursos();
        String anterior = recursos.get(0);
        String posterior = recursos.get(1);
        el(3, 11, 10, 0);
        actuar(ponente(posterior), posterior, "acumulacion", Map.of("acumulador", anterior, "motivo", "Mismo tema."))
                .expectStatus().isOk();
        esperarEvento(anterior, "SolicitudDeAcumulacionRecibida");
        long antes = eventosAlmacenados();
        actuar(ponente(anterior), anterior, "acumulacion/resolucion", Map.of("acumulado", posterior,
                "aceptada", false)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("motivo-requerido");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        actuar(ponente(anterior), anterior, "acumulacion/resolucion", Map.of("acumulado", posterior,
                "aceptada", false, "motivo", "Los actos recurridos son distintos.")).expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("ACUMULACION_RECHAZADA");
        assertThat(esperarEvento(posterior, "AcumulacionRechazada")).singleElement().asString()
                .contains("Los actos recurridos son distintos.");
        actuar(ponente(posterior), posterior, "admision", Map.of()).expectStatus().isOk();
    }

    private Map<?, ?> bandeja(String token, String consulta) {
        return web.get().uri("/api/bandejas/recursos" + consulta).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<?, ?> elemento(Map<?, ?> pagina, String folio) {
        return ((List<?>) pagina.get("elementos")).stream().map(e -> (Map<?, ?>) e)
                .filter(e -> folio.equals(e.get("folio"))).findFirst().orElse(null);
    }

    /**
     * Septuagésimo séptimo: the garante's board of incoming recursos shows each open recurso with the plazo that runs
     * now; each comisionado sees only the recursos turned to them; a citizen sees none.
     */
    @Test
    void laBandejaDelGaranteYLaDeCadaPonenciaMuestranElPlazoEnCurso_SeptuagesimoSeptimo() {
        List<String> recursos = dosRecursos();
        String anterior = recursos.get(0);
        String posterior = recursos.get(1);
        el(3, 11, 10, 0);
        actuar(ponente(anterior), anterior, "admision", Map.of()).expectStatus().isOk();

        Map<?, ?> admitido = await().atMost(Duration.ofSeconds(30)).until(() -> elemento(bandeja(garante(),
                "?tamano=200"), anterior), e -> e != null && "ADMITIDO".equals(e.get("etapa")));
        // Admitted on 11 March: alegatos 12 to 23 March (16 March inhábil). Forty días from 10 March to resolve,
        // past Semana Santa and 1 May: 13 May.
        assertThat(admitido.get("plazoEnCurso")).isEqualTo("ALEGATOS_Y_PRUEBAS");
        assertThat(admitido.get("vencimiento")).isEqualTo("2026-03-23");
        assertThat(admitido.get("vencimientoParaResolver")).isEqualTo("2026-05-13");
        assertThat(admitido.get("litis")).isEqualTo("INFORMACION_INCOMPLETA");
        Map<?, ?> turnado = elemento(bandeja(garante(), "?tamano=200"), posterior);
        assertThat(turnado.get("etapa")).isEqualTo("TURNADO");
        assertThat(turnado.get("plazoEnCurso")).isEqualTo("RESOLVER_RECURSO_REVISION");

        // Each ponencia sees its own: the two recursos went to different comisionados (round robin).
        Map<?, ?> ponencia = bandeja(ponente(anterior), "?tamano=200");
        assertThat(elemento(ponencia, anterior)).isNotNull();
        assertThat(elemento(ponencia, posterior)).isNull();
        assertThat(((List<?>) ponencia.get("elementos"))).allSatisfy(e -> assertThat(((Map<?, ?>) e)
                .get("ponenteId")).isEqualTo(((Map<?, ?>) elemento(ponencia, anterior)).get("ponenteId")));
        // Filtered by etapa; most urgent first.
        Map<?, ?> admitidos = bandeja(garante(), "?etapa=ADMITIDO&tamano=200");
        assertThat(((List<?>) admitidos.get("elementos"))).allSatisfy(e -> assertThat(((Map<?, ?>) e)
                .get("etapa")).isEqualTo("ADMITIDO"));
        List<String> vencimientos = ((List<?>) bandeja(garante(), "?tamano=200").get("elementos")).stream()
                .map(e -> (String) ((Map<?, ?>) e).get("vencimiento")).filter(java.util.Objects::nonNull).toList();
        assertThat(vencimientos).isSorted();

        web.get().uri("/api/bandejas/recursos").headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/bandejas/recursos?tamano=0").headers(h -> h.setBearerAuth(garante())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/bandejas/recursos?etapa=OTRA").headers(h -> h.setBearerAuth(garante())).exchange()
                .expectStatus().isBadRequest();
    }
}
