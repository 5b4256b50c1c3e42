package mx.pnt.app;

import mx.pnt.command.vencimiento.VigiaDeVencimientos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trámite of a solicitud through the real HTTP API and PostgreSQL, on the demo federal calendar (2026: Juárez
 * on 16 March, Semana Santa 30 March to 3 April): turno, requerimiento and desahogo, ampliación and respuesta, each
 * step reflected in the public tracking without personal data; and the refusals, which record nothing.
 */
class TramiteHttpTest extends PlataformaEnPruebas {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

    /** A flow presented on Tuesday 10 February 2026 at 10:00: its response plazo ends on 10 March. */
    private String presentada() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String folio = (String) presentarSolicitud("so-salud", "Contratos de vacunas 2024 de Ana Pérez").get("folio");
        assertThat(folio).isNotNull();
        return folio;
    }

    private void el(int mes, int dia, int hora, int minuto) {
        reloj.fijar(LocalDateTime.of(2026, mes, dia, hora, minuto).atZone(CDMX).toInstant());
    }

    private WebTestClient.ResponseSpec actuar(String usuario, String contrasena, String folio, String actuacion,
                                              Object cuerpo) {
        String token = token(usuario, contrasena);
        return web.post().uri("/api/solicitudes/{folio}/" + actuacion, folio)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cuerpo)
                .exchange();
    }

    private WebTestClient.ResponseSpec unidad(String folio, String actuacion, Object cuerpo) {
        return actuar("ut-salud", "ut-demo", folio, actuacion, cuerpo);
    }

    private WebTestClient.ResponseSpec solicitante(String folio, String actuacion, Object cuerpo) {
        return actuar("ciudadana", "ciudadana-demo", folio, actuacion, cuerpo);
    }

    /** The public tracking once it shows {@code esperado}. */
    private String seguimientoCon(String folio, String esperado) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> web.get()
                .uri("/api/seguimiento/{folio}", folio).exchange()
                .returnResult(String.class).getResponseBody().collectList().block()
                .stream().reduce("", String::concat), cuerpo -> cuerpo.contains(esperado));
    }

    @Test
    void flujoElectronicoCompletoHastaLaRespuesta_SexagesimoSeptimo() {
        String folio = presentada();

        el(2, 11, 11, 0);
        unidad(folio, "turnos", Map.of("unidadesAdministrativas", List.of("Dirección General de Epidemiología")))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.actuacion").isEqualTo("TURNO")
                .jsonPath("$.registradaEn").isEqualTo("2026-02-11T11:00:00")
                .jsonPath("$.plazoEnCurso").isEqualTo("RESPUESTA")
                .jsonPath("$.vencimiento").isEqualTo("2026-03-10");

        // Notified on Friday 6 March: the 15 días to file a recurso run 9 March to 6 April (16 March and 30 March
        // to 3 April inhábiles).
        el(3, 6, 13, 0);
        unidad(folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Se anexan los contratos solicitados."))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.actuacion").isEqualTo("RESPUESTA")
                .jsonPath("$.plazoEnCurso").doesNotExist();

        String seguimiento = seguimientoCon(folio, "\"estado\":\"RESPONDIDA\"");
        assertThat(seguimiento).contains("\"estado\":\"RESPONDIDA\"", "\"tipoDeRespuesta\":\"ENTREGA\"",
                "\"respuestaEnTiempo\":true", "\"vencimientoParaRecurrir\":\"2026-04-06\"",
                "\"hito\":\"PRESENTADA\"", "\"hito\":\"TURNADA\"", "Dirección General de Epidemiología",
                "\"hito\":\"RESPONDIDA\"")
                .doesNotContain("Ana", "ciudadana", "contratos solicitados");

        // Concluded: a second answer is refused and nothing is written.
        long antes = eventosAlmacenados();
        el(3, 9, 10, 0);
        unidad(folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Otra."))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("solicitud-concluida");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }

    @Test
    void unRequerimientoDesahogadoElUltimoDiaDespuesDeHorasReiniciaElPlazo_QuincuagesimoNoveno() {
        String folio = presentada();

        // Day 5 after 10 February is 17 February; the desahogo plazo runs 18 February to 3 March.
        el(2, 17, 12, 0);
        unidad(folio, "requerimiento", Map.of("requerimiento", "Precise el periodo de los contratos."))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.plazoEnCurso").isEqualTo("DESAHOGO_REQUERIMIENTO")
                .jsonPath("$.vencimiento").isEqualTo("2026-03-03");
        assertThat(seguimientoCon(folio, "\"estado\":\"REQUERIMIENTO_DE_INFORMACION\""))
                .contains("\"vencimientoDelDesahogo\":\"2026-03-03\"", "\"plazoEnCurso\":\"DESAHOGO_REQUERIMIENTO\"")
                .doesNotContain("Precise el periodo");

        // On the last day, at 19:00 (after hours): in time, it counts from 4 March, so the plazo restarts on
        // 5 March and its 20 días end on 9 April (16 March and 30 March to 3 April are inhábiles).
        el(3, 3, 19, 0);
        solicitante(folio, "desahogo", Map.of("desahogo", "Del 1 de enero al 31 de diciembre de 2024."))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.plazoEnCurso").isEqualTo("RESPUESTA")
                .jsonPath("$.vencimiento").isEqualTo("2026-04-09");
        assertThat(seguimientoCon(folio, "REQUERIMIENTO_DESAHOGADO"))
                .contains("\"estado\":\"EN_TRAMITE\"", "\"vencimientoDeRespuesta\":\"2026-04-09\"")
                .doesNotContain("31 de diciembre de 2024");
        String plazos = await().atMost(Duration.ofSeconds(30)).until(() -> web.get()
                .uri("/api/plazos/{folio}", folio).exchange()
                .returnResult(String.class).getResponseBody().collectList().block()
                .stream().reduce("", String::concat), cuerpo -> cuerpo.contains("2026-04-09"));
        assertThat(plazos).contains("\"paso\":\"RESPUESTA\"", "\"disparo\":\"2026-03-04\"")
                .doesNotContain("DESAHOGO_REQUERIMIENTO");

        // Once only.
        el(3, 5, 10, 0);
        unidad(folio, "requerimiento", Map.of("requerimiento", "Otra precisión."))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("requerimiento-unico");
    }

    @Test
    void unRequerimientoSinDesahogoTieneLaSolicitudPorNoPresentada_art130() {
        String folio = presentada();
        el(2, 12, 9, 30);
        unidad(folio, "requerimiento", Map.of("requerimiento", "Precise el periodo."))
                .expectStatus().isOk();

        // The desahogo plazo runs 13 to 26 February: on its last day the falta de desahogo is refused.
        el(2, 26, 17, 0);
        unidad(folio, "falta-de-desahogo", Map.of())
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("desahogo-en-plazo");

        el(2, 27, 9, 0);
        unidad(folio, "falta-de-desahogo", Map.of())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("NO_PRESENTADA");
        assertThat(seguimientoCon(folio, "\"estado\":\"NO_PRESENTADA\"")).contains("\"estado\":\"NO_PRESENTADA\"",
                "a más tardar el 26/02/2026");

        // A desahogo after its plazo is refused too.
        el(2, 27, 10, 0);
        solicitante(folio, "desahogo", Map.of("desahogo", "Tarde."))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("solicitud-concluida");
    }

    @Test
    void laAmpliacionPedidaDespuesDelVencimientoSeRechazaYAntesSeConcede_SexagesimoCuarto() {
        String folio = presentada();
        Map<String, Object> ampliacion = Map.of("dias", 10, "numeroDeResolucion", "CT/EXT/03/2026",
                "fechaDeResolucion", "2026-03-09", "motivos", "La información ocupa 40 cajas de expedientes.");

        long antes = eventosAlmacenados();
        el(3, 11, 9, 0);
        unidad(folio, "ampliacion", ampliacion)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("ampliacion-extemporanea")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("10/03/2026", "día 20 de 20"));
        assertThat(eventosAlmacenados()).isEqualTo(antes);

        // On the deadline's day: ten more días, 11 March to 25 March (16 March inhábil).
        el(3, 10, 17, 30);
        unidad(folio, "ampliacion", ampliacion)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.vencimiento").isEqualTo("2026-03-25");
        assertThat(seguimientoCon(folio, "PLAZO_AMPLIADO")).contains("\"vencimientoDeRespuesta\":\"2026-03-25\"",
                "CT/EXT/03/2026");
    }

    @Test
    void cadaActuacionLaHaceQuienDebeYUnFolioInexistenteEsUn404() {
        String folio = presentada();
        long antes = eventosAlmacenados();
        el(2, 11, 10, 0);
        // The solicitante does not tramitar; the garante cannot act on a solicitud at all.
        solicitante(folio, "turnos", Map.of("unidadesAdministrativas", List.of("Oficialía Mayor")))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.codigo").isEqualTo("rol-no-autorizado");
        actuar("garante", "garante-demo", folio, "turnos", Map.of("unidadesAdministrativas", List.of("A")))
                .expectStatus().isForbidden();
        unidad("999999260000001", "turnos", Map.of("unidadesAdministrativas", List.of("A")))
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("folio-desconocido");
        unidad(folio, "respuesta", Map.of("tipo", "CUALQUIERA", "respuesta", "x"))
                .expectStatus().isBadRequest();
        unidad(folio, "respuesta", Map.of("tipo", "INEXISTENCIA", "respuesta", "No existe."))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("resolucion-requerida");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        assertThat(Instant.now(reloj)).isEqualTo(LocalDateTime.of(2026, 2, 11, 10, 0).atZone(CDMX).toInstant());
    }

    /** The longest names and numbers the command side admits reach the public milestones intact. */
    @Test
    void losTextosMasLargosDelTramiteLleganIntactosAlSeguimiento() {
        String folio = presentada();
        el(2, 11, 10, 0);
        List<String> areas = List.of("Á".repeat(300), "ñ".repeat(300), "¿".repeat(299) + "?", "é".repeat(300));
        long antes = eventosAlmacenados();
        unidad(folio, "turnos", Map.of("unidadesAdministrativas", List.of("x".repeat(301))))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("texto-extenso");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        unidad(folio, "turnos", Map.of("unidadesAdministrativas", areas)).expectStatus().isOk();
        String numero = "CT/" + "Ñ".repeat(252);
        unidad(folio, "ampliacion", Map.of("dias", 5, "numeroDeResolucion", numero, "fechaDeResolucion",
                "2026-02-11", "motivos", "m".repeat(4000))).expectStatus().isOk();
        String seguimiento = seguimientoCon(folio, "PLAZO_AMPLIADO");
        assertThat(seguimiento).contains(areas).contains(numero);
    }

    @Autowired
    private VigiaDeVencimientos vigia;

    /** LGTAIP 2025, arts. 144 and 145: the timer records the falta de respuesta the day after the deadline. */
    @Test
    void elTemporizadorRegistraLaFaltaDeRespuestaUnaSolaVez_art145() {
        String folio = presentada();
        el(3, 10, 23, 0);
        vigia.revisar();
        assertThat(eventosDe(folio)).isEqualTo(1);

        // 11 March: the deadline of 10 March is over in every zone. The recurso plazo runs 11 March to 8 April.
        el(3, 11, 10, 0);
        vigia.revisar();
        assertThat(eventosDe(folio)).isEqualTo(2);
        assertThat(seguimientoCon(folio, "FALTA_DE_RESPUESTA")).contains("\"estado\":\"SIN_RESPUESTA_EN_PLAZO\"",
                "\"vencimientoParaRecurrir\":\"2026-04-08\"", "venció el 10/03/2026 sin respuesta");
        vigia.revisar();
        assertThat(eventosDe(folio)).isEqualTo(2);

        // A late answer is still recorded, as late.
        unidad(folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Se entrega tarde."))
                .expectStatus().isOk();
        assertThat(seguimientoCon(folio, "\"estado\":\"RESPONDIDA\"")).contains("\"respuestaEnTiempo\":false");
    }

    /** Sexagésimo sexto; art. 143: an answer upon payment, the payment proven, the information delivered. */
    @Test
    void unaRespuestaConCostosPasaPorPagoYEntrega_SexagesimoSexto() {
        String folio = presentada();
        el(2, 20, 12, 0);
        // 50 hojas (30 beyond the free twenty) at $1.50 and $80.00 of shipping: $125.00, to pay within 30 días.
        unidad(folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Se entregan en copia simple.",
                "costos", Map.of("hojas", 50, "costoPorHoja", 150, "certificacion", 0, "envio", 8000,
                        "exencion", false)))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.plazoEnCurso").isEqualTo("PAGO_COSTOS");
        assertThat(seguimientoCon(folio, "\"estado\":\"PENDIENTE_DE_PAGO\"")).contains("$125.00");

        el(2, 25, 10, 0);
        unidad(folio, "pago", Map.of("fechaDePago", "2026-02-24", "referencia", "Línea de captura 12345"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.plazoEnCurso").isEqualTo("ENTREGA_INFORMACION")
                .jsonPath("$.vencimiento").isEqualTo("2026-03-11");
        assertThat(seguimientoCon(folio, "\"estado\":\"PENDIENTE_DE_ENTREGA\"")).contains("PAGO_ACREDITADO");

        el(3, 2, 10, 0);
        unidad(folio, "entrega", Map.of()).expectStatus().isOk();
        assertThat(seguimientoCon(folio, "\"estado\":\"ENTREGADA\"")).contains("Información entregada, en tiempo")
                .doesNotContain("Línea de captura");
    }

    /** Art. 137: paid and never delivered, the solicitud concludes when the sixty días of disponibilidad end. */
    @Test
    void laInformacionPagadaNoEntregadaConcluyeAlTerminarLaDisponibilidad_art137() {
        String folio = presentada();
        el(2, 20, 12, 0);
        unidad(folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Se entregan en copia certificada.",
                "costos", Map.of("hojas", 10, "costoPorHoja", 0, "certificacion", 2500, "envio", 0,
                        "exencion", false)))
                .expectStatus().isOk();
        el(2, 25, 10, 0);
        unidad(folio, "pago", Map.of("fechaDePago", "2026-02-24", "referencia", "Línea de captura 777"))
                .expectStatus().isOk();
        java.util.regex.Matcher hasta = java.util.regex.Pattern.compile("disponible al menos hasta el "
                + "(\\d{2})/(\\d{2})/(\\d{4})").matcher(seguimientoCon(folio, "PAGO_ACREDITADO"));
        assertThat(hasta.find()).isTrue();
        java.time.LocalDate ultimoDia = java.time.LocalDate.of(Integer.parseInt(hasta.group(3)),
                Integer.parseInt(hasta.group(2)), Integer.parseInt(hasta.group(1)));

        // On its last day nothing happens; the day after, the timer concludes the solicitud, once.
        reloj.fijar(ultimoDia.atTime(23, 0).atZone(CDMX).toInstant());
        vigia.revisar();
        assertThat(eventosDe(folio)).isEqualTo(4);
        reloj.fijar(ultimoDia.plusDays(1).atTime(10, 0).atZone(CDMX).toInstant());
        vigia.revisar();
        vigia.revisar();
        assertThat(eventosDe(folio)).isEqualTo(5);
        assertThat(seguimientoCon(folio, "\"estado\":\"CONCLUIDA_SIN_RECOGER\"")).contains("CONCLUIDA_SIN_RECOGER",
                "estuvo a disposición hasta el " + hasta.group(1) + "/" + hasta.group(2) + "/" + hasta.group(3));
        unidad(folio, "entrega", Map.of()).expectStatus().isEqualTo(409);
    }

    /** LGPDPPSO 2025, arts. 43 and 45: a procedente ARCO right made effective once the titular proved identity. */
    @Test
    void unDerechoArcoProcedenteSeHaceEfectivoTrasAcreditarLaIdentidad_art45() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String token = token("ciudadana", "ciudadana-demo");
        String folio = (String) web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-salud", "descripcion",
                        "Rectificar mi domicilio en el expediente clínico", "modalidadDeEntrega", "ELECTRONICA",
                        "tipo", "RECTIFICACION"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("folio");

        // Answered on Friday 20 February: the fifteen días run 23 February to 13 March.
        el(2, 20, 12, 0);
        unidad(folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Procede la rectificación."))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.plazoEnCurso").isEqualTo("ARCO_HACER_EFECTIVO")
                .jsonPath("$.vencimiento").isEqualTo("2026-03-13");
        assertThat(seguimientoCon(folio, "\"estado\":\"POR_HACER_EFECTIVO\"")).contains("DERECHO_PROCEDENTE",
                "vence el 13/03/2026");

        long antes = eventosAlmacenados();
        el(3, 2, 10, 0);
        unidad(folio, "derecho-efectivo", Map.of("actuacion", "Se rectificó."))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("identidad-requerida");
        solicitante(folio, "derecho-efectivo", Map.of("identidad", Map.of("medio", "IDENTIFICACION_OFICIAL"),
                "actuacion", "Yo mismo.")).expectStatus().isForbidden();
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        unidad(folio, "derecho-efectivo", Map.of("identidad", Map.of("medio", "IDENTIFICACION_OFICIAL"),
                "actuacion", "Se rectificó el domicilio de Ana Pérez en el expediente."))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("DERECHO_HECHO_EFECTIVO")
                .jsonPath("$.plazoEnCurso").doesNotExist();
        assertThat(seguimientoCon(folio, "\"estado\":\"DERECHO_HECHO_EFECTIVO\""))
                .contains("Derecho hecho efectivo, en tiempo")
                .doesNotContain("IDENTIFICACION_OFICIAL", "Ana Pérez", "domicilio");
    }

    /**
     * Cuadragésimo noveno: received by e-mail on Friday 13 March 2026 at 19:00, after hours, before the día inhábil
     * of Monday 16 (Juárez), and captured on Tuesday 17: it counts as received on Tuesday 17, and the 20 días run
     * 18 March to 21 April, Semana Santa (30 March to 3 April) skipped.
     */
    @Test
    void unaCapturaManualDelViernesDespuesDeHorasAntesDeUnDiaInhabilCuentaDesdeElMartes_CuadragesimoNoveno() {
        el(3, 17, 10, 0);
        String token = token("ut-salud", "ut-demo");
        @SuppressWarnings("unchecked")
        Map<String, Object> acuse = (Map<String, Object>) web.post().uri("/api/solicitudes")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-salud", "descripcion", "Bitácoras de mantenimiento 2025",
                        "modalidadDeEntrega", "COPIA_SIMPLE", "medioDeNotificacion", "ESTRADOS",
                        "recibidaEn", "2026-03-14T01:00:00Z", "medioDeEntrada", "CORREO_ELECTRONICO"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(acuse).containsEntry("medio", "CAPTURA_MANUAL")
                .containsEntry("fechaHoraDeRecepcion", "2026-03-13T19:00:00")
                .containsEntry("fechaDeRecepcionLegal", "2026-03-17")
                .containsEntry("vencimientoDeRespuesta", "2026-04-21")
                .containsEntry("medioDeEntrada", "CORREO_ELECTRONICO");
        String folio = (String) acuse.get("folio");
        assertThat(seguimientoCon(folio, "\"fechaDeRecepcionLegal\":\"2026-03-17\""))
                .contains("\"medio\":\"CAPTURA_MANUAL\"", "\"fechaHoraDeRecepcion\":\"2026-03-13T19:00:00\"",
                        "\"vencimientoDeRespuesta\":\"2026-04-21\"");
    }

    private long eventosDe(String folio) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, folio);
    }
}
