package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tablero de semáforos through HTTP and PostgreSQL (Septuagésimo séptimo, Nonagésimo quinto, Centésimo
 * trigésimo séptimo; ranges of Vigésimo tercero VII): colour and días hábiles remaining on the date asked, with the
 * calendars as they stand and the garante's ranges; each role its own board.
 */
@SuppressWarnings("unchecked")
class TableroDeSemaforosHttpTest extends PlataformaEnPruebas {

    private Map<?, ?> tablero(String token, String consulta) {
        return web.get().uri("/api/tableros/semaforos" + consulta).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> elemento(Map<?, ?> pagina, String pendiente) {
        return (Map<String, Object>) ((List<?>) pagina.get("elementos")).stream()
                .filter(e -> pendiente.equals(((Map<String, Object>) e).get("pendiente"))).findFirst().orElse(null);
    }

    private Map<String, Object> esperar(String token, String consulta, String pendiente,
                                        java.util.function.Predicate<Map<String, Object>> condicion) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> elemento(tablero(token, consulta), pendiente), e -> e != null && condicion.test(e));
    }


    /**
     * Must show: a día inhábil declared before the date asked moves the deadline one día hábil later (the
     * recalculation) and the item goes from yellow to green on that date, with one more día hábil remaining.
     */
    @Test
    void unDiaInhabilDeclaradoCambiaElColor_VigesimoTerceroIIyVII() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("tablero", "America/Mexico_City");
        registrarSujetoObligado("so-tablero", "972001", "tablero");
        String folio = (String) presentarSolicitud("so-tablero", "Padrón de beneficiarios 2025").get("folio");
        String personal = tokenDe("staff-tablero", "GARANTE", "tablero", null);

        // On 3 March the deadline of 10 March has 5 días hábiles left (4, 5, 6, 9, 10): yellow with the default
        // ranges (green above 5, yellow from 3).
        Map<String, Object> antes = esperar(personal, "?fecha=2026-03-03", folio, e -> true);
        assertThat(antes).containsEntry("vencimiento", "2026-03-10").containsEntry("color", "AMARILLO")
                .containsEntry("diasHabilesRestantes", 5).containsEntry("clase", "SOLICITUD")
                .containsEntry("paso", "RESPUESTA").containsEntry("aCargoDe", "SUJETO_OBLIGADO")
                .containsEntry("sujetoObligadoId", "so-tablero").containsEntry("garanteId", "tablero");
        // The calendars the plazo combined: the sujeto obligado registered none of its own.
        assertThat((List<Object>) antes.get("calendarios")).containsExactly("garante:tablero", "plataforma");
        Map<?, ?> pagina = tablero(personal, "?fecha=2026-03-03");
        assertThat((Map<String, Object>) pagina.get("conteos")).containsEntry("AMARILLO", 1).containsEntry("VERDE", 0)
                .containsEntry("ROJO", 0);
        assertThat((List<?>) pagina.get("rangos")).singleElement().satisfies(r -> assertThat((Map<String, Object>) r)
                .containsEntry("verdeMasDe", 5).containsEntry("amarilloDesde", 3).containsEntry("vigenteDesde", null));

        web.post().uri("/api/calendarios/garante:tablero/dias-inhabiles")
                .headers(h -> h.setBearerAuth(token("admin", "admin-demo"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fecha", "2026-02-24", "motivo", "Día inhábil por acuerdo del Pleno",
                        "acuerdo", "ACT-TABLERO/DI/2026", "fechaPublicacion", "2026-02-10"))
                .exchange().expectStatus().is2xxSuccessful();

        Map<String, Object> despues = esperar(personal, "?fecha=2026-03-03", folio,
                e -> "2026-03-11".equals(e.get("vencimiento")));
        assertThat(despues).containsEntry("color", "VERDE").containsEntry("diasHabilesRestantes", 6);
        assertThat((Map<String, Object>) tablero(personal, "?fecha=2026-03-03").get("conteos")).containsEntry("VERDE", 1)
                .containsEntry("AMARILLO", 0);
        // On the deadline and after it: red, with días hábiles since as a negative count.
        assertThat(elemento(tablero(personal, "?fecha=2026-03-11"), folio)).containsEntry("color", "ROJO")
                .containsEntry("diasHabilesRestantes", 0);
        assertThat(elemento(tablero(personal, "?fecha=2026-03-13"), folio)).containsEntry("color", "ROJO")
                .containsEntry("diasHabilesRestantes", -2);
    }

    /** Vigésimo tercero VII: the garante's own ranges, in force from their date, replace the platform's default. */
    @Test
    void losRangosDelGaranteRigenDesdeSuVigenciaYElFiltroDeColorLosSigue() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("tablero-rangos", "America/Mexico_City");
        registrarSujetoObligado("so-tablero-rangos", "972002", "tablero-rangos");
        String folio = (String) presentarSolicitud("so-tablero-rangos", "Viáticos 2025").get("folio");
        String personal = tokenDe("staff-rangos", "GARANTE", "tablero-rangos", null);
        esperar(personal, "?fecha=2026-03-03", folio, e -> "AMARILLO".equals(e.get("color")));

        web.put().uri("/api/configuracion/tablero-rangos/semaforo").headers(h -> h.setBearerAuth(personal))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("verdeMasDe", 4, "amarilloDesde", 2, "vigenteDesde", "2026-03-02"))
                .exchange().expectStatus().is2xxSuccessful();
        // From 2 March, 5 left is green; on 1 March the default still governs.
        Map<?, ?> conRangos = await().atMost(Duration.ofSeconds(30)).until(
                () -> tablero(personal, "?fecha=2026-03-03"), p -> !((List<?>) p.get("rangos")).isEmpty()
                        && ((Map<String, Object>) ((List<?>) p.get("rangos")).get(0)).get("vigenteDesde") != null);
        assertThat(elemento(conRangos, folio)).containsEntry("color", "VERDE");
        assertThat((Map<String, Object>) ((List<?>) conRangos.get("rangos")).get(0)).containsEntry("verdeMasDe", 4)
                .containsEntry("amarilloDesde", 2).containsEntry("vigenteDesde", "2026-03-02");
        assertThat((Map<String, Object>) ((List<?>) tablero(personal, "?fecha=2026-03-01").get("rangos")).get(0))
                .containsEntry("verdeMasDe", 5).containsEntry("vigenteDesde", null);

        // The colour filter: counted and paged by the same thresholds. On 9 March one día hábil is left: red.
        assertThat(tablero(personal, "?fecha=2026-03-03&color=VERDE").get("total")).isEqualTo(1);
        assertThat((List<?>) tablero(personal, "?fecha=2026-03-03&color=ROJO").get("elementos")).isEmpty();
        Map<?, ?> rojos = tablero(personal, "?fecha=2026-03-09&color=ROJO");
        assertThat(rojos.get("total")).isEqualTo(1);
        assertThat(elemento(rojos, folio)).containsEntry("diasHabilesRestantes", 1);
        assertThat((List<?>) tablero(personal, "?fecha=2026-03-03&clase=RECURSO").get("elementos")).isEmpty();
    }

    /**
     * A live board (server-sent events): the page at once, a heartbeat comment, and the page again after an event
     * that changes an item in its scope; an event out of its scope sends nothing.
     */
    @Test
    void elTableroEnVivoCambiaConElEventoYLatePorSiSolo() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("tablero-vivo", "America/Mexico_City");
        registrarSujetoObligado("so-tablero-vivo", "972006", "tablero-vivo");
        registrarGarante("tablero-vivo-otro", "America/Mexico_City");
        registrarSujetoObligado("so-tablero-vivo-otro", "972007", "tablero-vivo-otro");
        String personal = tokenDe("staff-vivo", "GARANTE", "tablero-vivo", null);
        EnVivo vivo = enVivo("/api/tableros/semaforos?fecha=2026-03-03", personal);
        List<ServerSentEvent<Map<String, Object>>> recibidos = vivo.recibidos();
        try {
            assertThat(vivo.pagina(d -> true)).containsEntry("total", 0);
            assertThat(recibidos.stream().filter(e -> e.data() != null).findFirst().orElseThrow().event())
                    .isEqualTo("tablero");
            await().atMost(Duration.ofSeconds(10)).until(() -> recibidos.stream()
                    .anyMatch(e -> "latido".equals(e.comment())));

            // Another garante's solicitud is not this board's business; this garante's one is.
            presentarSolicitud("so-tablero-vivo-otro", "Contratos 2025");
            String folio = (String) presentarSolicitud("so-tablero-vivo", "Nómina 2025").get("folio");
            Map<String, Object> conElla = vivo.pagina(d -> d.get("total").equals(1));
            assertThat(elemento(conElla, folio)).containsEntry("color", "AMARILLO");
            assertThat(recibidos.stream().map(ServerSentEvent::data)
                    .filter(d -> d != null && !d.get("total").equals(0) && !d.get("total").equals(1))).isEmpty();
        } finally {
            vivo.suscripcion().dispose();
        }
    }

    /**
     * A live board of "today" (no fecha) turns to the new day at midnight in the platform's zone: the deadline of 10
     * March has 6 días hábiles left on Monday 2 March (green) and 5 on Tuesday 3 (yellow, default ranges).
     */
    @Test
    void elTableroEnVivoDeHoyPasaAlDiaSiguienteALaMedianoche() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("tablero-medianoche", "America/Mexico_City");
        registrarSujetoObligado("so-tablero-medianoche", "972008", "tablero-medianoche");
        String folio = (String) presentarSolicitud("so-tablero-medianoche", "Padrón de 2025").get("folio");
        String personal = tokenDe("staff-medianoche", "GARANTE", "tablero-medianoche", null);
        esperar(personal, "?fecha=2026-03-02", folio, e -> true);

        java.time.ZoneId cdmx = java.time.ZoneId.of("America/Mexico_City");
        reloj.fijar(java.time.LocalDateTime.of(2026, 3, 2, 23, 59, 59).atZone(cdmx).toInstant());
        EnVivo vivo = enVivo("/api/tableros/semaforos", personal);
        try {
            Map<String, Object> lunes = vivo.pagina(d -> true);
            assertThat(lunes).containsEntry("fecha", "2026-03-02");
            assertThat(elemento(lunes, folio)).containsEntry("color", "VERDE").containsEntry("diasHabilesRestantes", 6);

            reloj.fijar(java.time.LocalDateTime.of(2026, 3, 3, 0, 0, 1).atZone(cdmx).toInstant());
            Map<String, Object> martes = vivo.pagina(d -> "2026-03-03".equals(d.get("fecha")));
            assertThat(elemento(martes, folio)).containsEntry("color", "AMARILLO")
                    .containsEntry("diasHabilesRestantes", 5);
        } finally {
            vivo.suscripcion().dispose();
        }
    }

    /**
     * The board of a unidad administrativa: the solicitudes its sujeto obligado's Unidad de Transparencia turned to
     * it (Quincuagésimo séptimo), one of them turned to two unidades, with the counts of that board alone.
     */
    @Test
    void elTableroDeUnaUnidadAdministrativaMuestraLoQueSeLeTurno_QuincuagesimoSeptimo() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("tablero-unidades", "America/Mexico_City");
        registrarSujetoObligado("so-tablero-unidades", "972009", "tablero-unidades");
        registrarSujetoObligado("so-tablero-unidades-2", "972010", "tablero-unidades");
        String unidad = tokenDe("ut-unidades", "UNIDAD_TRANSPARENCIA", "tablero-unidades", "so-tablero-unidades");
        String otraUnidad = tokenDe("ut-unidades-2", "UNIDAD_TRANSPARENCIA", "tablero-unidades",
                "so-tablero-unidades-2");
        String personal = tokenDe("staff-unidades", "GARANTE", "tablero-unidades", null);
        String juridico = "Dirección Jurídica";
        String aJuridico = (String) presentarSolicitud("so-tablero-unidades", "Contratos 2025").get("folio");
        String aAmbas = (String) presentarSolicitud("so-tablero-unidades", "Convenios 2025").get("folio");
        String sinTurno = (String) presentarSolicitud("so-tablero-unidades", "Nómina 2025").get("folio");
        String deOtro = (String) presentarSolicitud("so-tablero-unidades-2", "Viáticos 2025").get("folio");
        turnar(unidad, aJuridico, List.of(juridico));
        // Turned to Finanzas, then also to the Jurídica: it stays on both boards.
        turnar(unidad, aAmbas, List.of("Dirección de Finanzas"));
        turnar(unidad, aAmbas, List.of(juridico));
        turnar(otraUnidad, deOtro, List.of(juridico));

        // Encoded by the client, like every query of these tests.
        String consulta = "?fecha=2026-03-03&unidadAdministrativa=" + juridico;
        Map<?, ?> deJuridico = await().atMost(Duration.ofSeconds(30)).until(() -> tablero(unidad, consulta),
                p -> p.get("total").equals(2));
        assertThat(elemento(deJuridico, aJuridico)).containsEntry("unidadesAdministrativas", List.of(juridico))
                .containsEntry("color", "AMARILLO");
        assertThat(elemento(deJuridico, aAmbas)).containsEntry("unidadesAdministrativas",
                List.of("Dirección de Finanzas", juridico));
        assertThat(tablero(unidad, "?fecha=2026-03-03&unidadAdministrativa=Dirección de Finanzas").get("total"))
                .isEqualTo(1);
        assertThat(elemento(deJuridico, sinTurno)).isNull();
        assertThat(elemento(deJuridico, deOtro)).isNull();
        assertThat((Map<String, Object>) deJuridico.get("conteos")).containsEntry("AMARILLO", 2);
        // The colour filter and the counts agree within the unidad's board.
        assertThat(tablero(unidad, consulta + "&color=AMARILLO").get("total")).isEqualTo(2);
        assertThat(tablero(unidad, consulta + "&color=VERDE").get("total")).isEqualTo(0);
        // The garante's staff see it within the sujeto obligado they name; without one it is a problem.
        assertThat(tablero(personal, consulta + "&sujetoObligado=so-tablero-unidades").get("total")).isEqualTo(2);
        // The other sujeto obligado's turno is another aggregate's event: its board may catch up a moment later.
        await().atMost(Duration.ofSeconds(30)).until(() -> tablero(personal, consulta
                + "&sujetoObligado=so-tablero-unidades-2").get("total"), total -> total.equals(1));
        web.get().uri("/api/tableros/semaforos" + consulta).headers(h -> h.setBearerAuth(personal)).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("sujeto obligado"));
        web.get().uri(tal("/api/tableros/semaforos", "?unidadAdministrativa=" + "x".repeat(301)))
                .headers(h -> h.setBearerAuth(unidad)).exchange().expectStatus().isBadRequest();
        assertThat(tablero(unidad, "?fecha=2026-03-03&unidadAdministrativa=Oficialía").get("total")).isEqualTo(0);
    }

    private void turnar(String unidad, String folio, List<String> unidades) {
        web.post().uri("/api/solicitudes/{folio}/turnos", folio).headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("unidadesAdministrativas", unidades))
                .exchange().expectStatus().isOk();
    }

    /** Each role its own board; bad filters answer a Spanish problem. */
    @Test
    void cadaRolVeSuTableroYLosFiltrosSeValidan() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("tablero-roles", "America/Mexico_City");
        registrarSujetoObligado("so-tablero-a", "972003", "tablero-roles");
        registrarSujetoObligado("so-tablero-b", "972004", "tablero-roles");
        String deA = (String) presentarSolicitud("so-tablero-a", "Contratos 2025").get("folio");
        String deB = (String) presentarSolicitud("so-tablero-b", "Nómina 2025").get("folio");
        String unidadA = tokenDe("ut-a", "UNIDAD_TRANSPARENCIA", "tablero-roles", "so-tablero-a");
        String personal = tokenDe("staff-roles", "GARANTE", "tablero-roles", null);

        esperar(personal, "", deB, e -> true);
        Map<?, ?> deLaUnidad = await().atMost(Duration.ofSeconds(30)).until(() -> tablero(unidadA, ""),
                p -> elemento(p, deA) != null);
        assertThat(elemento(deLaUnidad, deB)).isNull();
        assertThat(deLaUnidad.get("total")).isEqualTo(1);
        Map<?, ?> delGarante = tablero(personal, "?sujetoObligado=so-tablero-b");
        assertThat(elemento(delGarante, deB)).isNotNull();
        assertThat(elemento(delGarante, deA)).isNull();
        assertThat(tablero(tokenDe("staff-otro", "GARANTE", "otro-garante", null), "").get("total")).isEqualTo(0);
        assertThat(elemento(tablero(token("auditor", "auditor-demo"), "?garante=tablero-roles&tamano=200"), deA))
                .isNotNull();
        // A comisionado sees their ponencia only: no solicitud is turned to anyone.
        assertThat(tablero(tokenDe("comisionado-roles", "COMISIONADO", "tablero-roles", null), "").get("total"))
                .isEqualTo(0);

        web.get().uri("/api/tableros/semaforos").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/tableros/semaforos").headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/tableros/semaforos?sujetoObligado=so-tablero-b").headers(h -> h.setBearerAuth(unidadA))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/tableros/semaforos?garante=otro").headers(h -> h.setBearerAuth(personal))
                .exchange().expectStatus().isForbidden();
        for (String malo : List.of("?color=MORADO", "?clase=X", "?aCargoDe=NADIE", "?tamano=0", "?pagina=-1",
                "?fecha=2026-02-30", "?fecha=ayer", "?fecha=%2B999999999-12-31", "?fecha=0001-01-01")) {
            web.get().uri(tal("/api/tableros/semaforos", malo)).headers(h -> h.setBearerAuth(personal))
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        web.get().uri("/api/tableros/semaforos?aCargoDe=PONENCIA").headers(h -> h.setBearerAuth(unidadA))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.detail")
                .value(d -> assertThat((String) d).contains("SUJETO_OBLIGADO"));
    }

    /**
     * A comunicado unread shows on its destinatario's board with no deadline, after every dated item, and leaves it
     * once its reading is confirmed (Centésimo vigésimo octavo); the remitente's board does not show it.
     */
    @Test
    void unComunicadoSinLeerEstaEnElTableroDelDestinatarioHastaSuLectura() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("tablero-sicom", "America/Mexico_City");
        registrarSujetoObligado("so-tablero-sicom", "972005", "tablero-sicom");
        String solicitud = (String) presentarSolicitud("so-tablero-sicom", "Padrón 2025").get("folio");
        String personal = tokenDe("staff-sicom", "GARANTE", "tablero-sicom", null);
        String unidad = tokenDe("ut-sicom", "UNIDAD_TRANSPARENCIA", "tablero-sicom", "so-tablero-sicom");
        String folio = (String) web.post().uri("/api/sicom/comunicados").headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("clase", "COMUNICADO",
                        "remitente", Map.of("tipo", "SUJETO_OBLIGADO", "id", "so-tablero-sicom"),
                        "destinatario", Map.of("tipo", "ORGANISMO_GARANTE", "id", "tablero-sicom"),
                        "asunto", "Informamos el cambio de titular de la Unidad.", "adjuntos", List.of()))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");

        Map<String, Object> sinLeer = esperar(personal, "", folio + ":LECTURA", e -> true);
        assertThat(sinLeer).containsEntry("clase", "COMUNICADO_SIN_LEER").containsEntry("color", "SIN_PLAZO")
                .containsEntry("vencimiento", null).containsEntry("diasHabilesRestantes", null)
                .containsEntry("aCargoDe", "GARANTE").containsEntry("expediente", folio);
        Map<?, ?> pagina = tablero(personal, "");
        assertThat((Map<String, Object>) pagina.get("conteos")).containsEntry("SIN_PLAZO", 1).containsEntry("VERDE", 1);
        assertThat(((Map<String, Object>) ((List<?>) pagina.get("elementos")).get(0)).get("pendiente")).isEqualTo(solicitud);
        assertThat(tablero(personal, "?color=SIN_PLAZO").get("total")).isEqualTo(1);
        // Owed by the garante, it is not on the Unidad's board.
        assertThat(elemento(tablero(unidad, ""), folio + ":LECTURA")).isNull();

        web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio).headers(h -> h.setBearerAuth(personal))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).until(() -> tablero(personal, ""),
                p -> elemento(p, folio + ":LECTURA") == null && p.get("total").equals(1));
    }
}
