package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications in the medium the solicitante named (Lineamientos, Cuadragésimo sexto and Cuadragésimo noveno)
 * through the real HTTP API and PostgreSQL: a solicitud captured by the Unidad for a solicitante who named correo
 * electrónico, whose acuse, requerimiento and respuesta the Unidad notifies and records, one of them by estrados.
 * The plazos run from each notification; the bandeja shows what is left to notify; the public tracking shows the
 * notification without personal data; a refusal writes nothing.
 */
class NotificacionesHttpTest extends PlataformaEnPruebas {

    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

    private String unidad;

    private void el(int mes, int dia, int hora, int minuto) {
        reloj.fijar(LocalDateTime.of(2026, mes, dia, hora, minuto).atZone(CDMX).toInstant());
    }

    private WebTestClient.ResponseSpec actuar(String folio, String actuacion, Object cuerpo) {
        return web.post().uri("/api/solicitudes/{folio}/" + actuacion, folio)
                .headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cuerpo)
                .exchange();
    }

    private static Map<String, Object> notificacion(String acto, String medio, String practicadaEn) {
        return Map.of("acto", acto, "medio", medio, "practicadaEn", practicadaEn);
    }

    private String seguimientoCon(String folio, String esperado) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> web.get()
                .uri("/api/seguimiento/{folio}", folio).exchange()
                .returnResult(String.class).getResponseBody().collectList().block()
                .stream().reduce("", String::concat), cuerpo -> cuerpo.contains(esperado));
    }

    /** The folio's entry in the bandeja once {@code condicion} holds. */
    private Map<?, ?> enLaBandeja(String folio, java.util.function.Predicate<Map<?, ?>> condicion) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<?, ?> pagina = web.get().uri("/api/bandejas/unidad-de-transparencia")
                    .headers(h -> h.setBearerAuth(unidad)).exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            return ((List<?>) pagina.get("elementos")).stream().map(e -> (Map<?, ?>) e)
                    .filter(e -> folio.equals(e.get("folio"))).findFirst().orElse(Map.of());
        }, condicion);
    }

    private String pasoVigilado(String folio) {
        return jdbc.queryForObject("select distinct paso from mando_plazo_vigente where expediente = ?", String.class,
                folio);
    }

    @Test
    void laUnidadNotificaEnElMedioSenaladoYLosPlazosCorrenDesdeCadaNotificacion_CuadragesimoNoveno() {
        registrarSujetoObligado("so-notifica", "980001", "federal");
        reloj.fijar(MARTES_10_FEBRERO_2026);
        unidad = tokenDe("ut-so-notifica", "UNIDAD_TRANSPARENCIA", "federal", "so-notifica");

        // Captured on Tuesday 10 February 2026 at 10:00, received in person at 09:10; notifications by e-mail.
        String folio = (String) web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-notifica", "descripcion", "Padrón de proveedores 2024",
                        "modalidadDeEntrega", "COPIA_SIMPLE", "medioDeNotificacion", "CORREO_ELECTRONICO",
                        "nombreOSeudonimo", "Ana Pérez", "correoElectronico", "ana.perez@example.org",
                        "recibidaEn", "2026-02-10T15:10:00Z", "medioDeEntrada", "PRESENCIAL"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("folio");
        assertThat(enLaBandeja(folio, e -> "NOTIFICAR".equals(e.get("siguiente"))).get("porNotificar"))
                .isEqualTo(List.of("ACUSE_DE_RECIBO"));

        // The acuse, e-mailed the same afternoon: within the five días of LGTAIP 2025, art. 125.
        el(2, 11, 12, 0);
        actuar(folio, "notificaciones", notificacion("ACUSE_DE_RECIBO", "CORREO_ELECTRONICO",
                "2026-02-10T23:00:00Z"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("NOTIFICACION_ACUSE_DE_RECIBO")
                .jsonPath("$.plazoEnCurso").isEqualTo("RESPUESTA");

        // The requerimiento waits for its notification: no desahogo plazo runs, nothing for the timer to watch.
        el(2, 12, 10, 0);
        actuar(folio, "requerimiento", Map.of("requerimiento", "Precise el periodo del padrón."))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.plazoEnCurso").doesNotExist();
        assertThat(seguimientoCon(folio, "\"hito\":\"REQUERIMIENTO_DE_INFORMACION\""))
                .contains("corre desde su notificación en el medio que señaló la persona solicitante");
        assertThat(enLaBandeja(folio, e -> List.of("REQUERIMIENTO_INFORMACION_ADICIONAL")
                .equals(e.get("porNotificar"))).get("plazoEnCurso")).isEqualTo("POR_NOTIFICAR");
        assertThat(pasoVigilado(folio)).isEqualTo("POR_NOTIFICAR");

        // The e-mail bounced; placed in the estrados on Friday 13 February at 19:30, after hours: it takes effect
        // on Monday 16, and the ten días of the desahogo run 17 February to 2 March.
        el(2, 16, 9, 0);
        long antes = eventosAlmacenados();
        actuar(folio, "notificaciones", notificacion("REQUERIMIENTO_INFORMACION_ADICIONAL", "ESTRADOS",
                "2026-02-14T01:30:00Z"))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("motivo-de-estrados-requerido");
        actuar(folio, "notificaciones", notificacion("REQUERIMIENTO_INFORMACION_ADICIONAL", "DOMICILIO",
                "2026-02-14T01:30:00Z"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("medio-no-senalado");
        assertThat(eventosAlmacenados()).isEqualTo(antes);
        actuar(folio, "notificaciones", Map.of("acto", "REQUERIMIENTO_INFORMACION_ADICIONAL", "medio", "ESTRADOS",
                "practicadaEn", "2026-02-14T01:30:00Z",
                "motivoDeEstrados", "El correo ana.perez@example.org rechazó el mensaje."))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.actuacion").isEqualTo("NOTIFICACION_REQUERIMIENTO_INFORMACION_ADICIONAL")
                .jsonPath("$.plazoEnCurso").isEqualTo("DESAHOGO_REQUERIMIENTO")
                .jsonPath("$.vencimiento").isEqualTo("2026-03-02");
        actuar(folio, "notificaciones", Map.of("acto", "REQUERIMIENTO_INFORMACION_ADICIONAL", "medio", "ESTRADOS",
                "practicadaEn", "2026-02-14T01:30:00Z", "motivoDeEstrados", "Otra vez."))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("sin-notificacion-pendiente");
        String seguimiento = seguimientoCon(folio, "notificado por estrados");
        assertThat(seguimiento).contains("notificado por estrados", "surte efectos el 16/02/2026", "en tiempo",
                        "vence el 02/03/2026", "\"vencimientoDelDesahogo\":\"2026-03-02\"")
                .doesNotContain("ana.perez", "Ana", "rechazó");
        assertThat(enLaBandeja(folio, e -> "ESPERAR_DESAHOGO".equals(e.get("siguiente"))).get("vencimiento"))
                .isEqualTo("2026-03-02");
        assertThat(pasoVigilado(folio)).isEqualTo("DESAHOGO_REQUERIMIENTO");

        // Desahogo received by the Unidad; the answer upon payment waits for its notification, and so does the pago.
        el(2, 18, 10, 0);
        actuar(folio, "desahogo", Map.of("desahogo", "El padrón de 2024.")).expectStatus().isOk();
        el(2, 20, 12, 0);
        actuar(folio, "respuesta", Map.of("tipo", "ENTREGA", "respuesta", "Se entregan en copia simple.",
                "costos", Map.of("hojas", 50, "costoPorHoja", 150, "certificacion", 0, "envio", 8000,
                        "exencion", false)))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.plazoEnCurso").doesNotExist();
        actuar(folio, "pago", Map.of("fechaDePago", "2026-02-20", "referencia", "Línea 1"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("respuesta-sin-notificar");
        assertThat(enLaBandeja(folio, e -> List.of("RESPUESTA").equals(e.get("porNotificar"))).get("siguiente"))
                .isEqualTo("NOTIFICAR");

        // E-mailed on Monday 23 February at 17:00: the 15 días to file a recurso run 24 February to 17 March (16 March
        // inhábil), and the thirty días to pay start too.
        el(2, 24, 9, 0);
        actuar(folio, "notificaciones", notificacion("RESPUESTA", "CORREO_ELECTRONICO", "2026-02-23T23:00:00Z"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.plazoEnCurso").isEqualTo("PAGO_COSTOS");
        assertThat(seguimientoCon(folio, "\"vencimientoParaRecurrir\":\"2026-03-17\""))
                .contains("Respuesta notificada en el medio señalado; surte efectos el 23/02/2026")
                .doesNotContain("ana.perez");
        assertThat(enLaBandeja(folio, e -> "ESPERAR_PAGO".equals(e.get("siguiente"))).get("porNotificar"))
                .isEqualTo(List.of());
        assertThat(pasoVigilado(folio)).isEqualTo("PAGO_COSTOS");
    }

    @Test
    void atravesDeLaPlataformaNoHayNotificacionQueRegistrar_CuadragesimoNoveno() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String folio = (String) presentarSolicitud("so-salud", "Contratos de limpieza 2025").get("folio");
        unidad = token("ut-salud", "ut-demo");
        long antes = eventosAlmacenados();
        actuar(folio, "notificaciones", notificacion("ACUSE_DE_RECIBO", "PLATAFORMA", "2026-02-10T16:00:00Z"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("notificada-por-la-plataforma");
        actuar(folio, "notificaciones", Map.of("acto", "NADA", "medio", "PLATAFORMA"))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(eventosAlmacenados()).isEqualTo(antes);
    }
}
