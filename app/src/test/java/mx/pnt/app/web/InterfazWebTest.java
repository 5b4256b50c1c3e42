package mx.pnt.app.web;

import mx.pnt.app.seguridad.Rol;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real browser, as their users work with them: each test asserts what a person sees on the
 * page, runs axe-core on every screen it passes through, and keeps a screenshot of the main ones for docs/.
 */
class InterfazWebTest extends NavegadorEnPruebas {

    /** A solicitante presents a solicitud from the form, reads the acuse, and tracks the folio without an account. */
    @Test
    void laCiudadanaPresentaUnaSolicitudYSigueSuFolio() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        abrir("/");
        sinBarrerasDeAccesibilidad();
        captura("inicio-publico");

        // An account of this test's own: her list of folios holds only what this test presents.
        crearCuenta("ciudadana-web", Rol.SOLICITANTE, null, null);
        ingresarCon("ciudadana-web");
        assertThat(texto("main")).contains("Presentar una solicitud");
        sinBarrerasDeAccesibilidad();
        abrir("/solicitudes/nueva");
        new Select(elemento("#sujetoObligadoId")).selectByVisibleText("Secretaría de Salud");
        elemento("#descripcion").sendKeys("Padrón de médicos residentes 2025, por hospital");
        sinBarrerasDeAccesibilidad();
        elemento("main form button[type=submit]").click();

        // The acuse: folio, the legal reception time with its zone, and the deadline with its article (art. 134).
        String folio = texto(".acuse #folio");
        assertThat(folio).matches("\\d{15}");
        assertThat(texto("#recibida")).startsWith("10/02/2026 10:00:00").contains("America/Mexico_City");
        assertThat(texto("#vencimiento")).contains("martes 10 de marzo de 2026").contains("LGTAIP 2025, art. 134");
        sinBarrerasDeAccesibilidad();
        captura("acuse");

        // Her folios, newest first, lead to the tracking.
        abrir("/inicio");
        navegador.findElement(By.linkText("Mis folios")).click();
        releerHasta("/mis-folios", "tr[data-folio='" + folio + "']");
        sinBarrerasDeAccesibilidad();
        captura("mis-folios");
        // The list is live: a solicitud she presents from another device enters it without a reload.
        ((JavascriptExecutor) navegador).executeScript("window.sinRecargar = true;");
        String otro = (String) web.post().uri("/api/solicitudes")
                .headers(h -> h.setBearerAuth(tokenDe("ciudadana-web", "SOLICITANTE", null, null)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-salud", "descripcion", "Plantilla de enfermería 2025",
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
        espera.withTimeout(Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("tr[data-folio='" + otro + "']")).size() == 1);
        assertThat(((JavascriptExecutor) navegador).executeScript("return window.sinRecargar === true;"))
                .isEqualTo(true);

        // Tracking needs no account and shows no personal data.
        salir();
        abrir("/");
        elemento("#folio").sendKeys(folio);
        elemento("main form button[type=submit]").click();
        espera.until(d -> d.getCurrentUrl().contains("/seguimiento?folio=" + folio));
        assertThat(texto("#estado")).isEqualTo("En trámite");
        assertThat(texto("#vencimiento")).contains("10/03/2026");
        assertThat(texto("#hitos")).contains("Solicitud recibida");
        assertThat(texto("main")).doesNotContain("ciudadana-web");
        sinBarrerasDeAccesibilidad();
        captura("seguimiento");

        // The deadline explained day by day: 11 February is día 1 of 20, Saturday 14 does not count.
        navegador.findElement(By.linkText("Cómo se contó el plazo, día por día")).click();
        espera.until(d -> d.getCurrentUrl().endsWith("/plazos/" + folio));
        String computo = texto("table.computo");
        assertThat(computo).contains("11/02/2026 Sí Día 1 de 20").contains("14/02/2026 No fin de semana: sábado");
        sinBarrerasDeAccesibilidad();
        captura("computo");
    }

    /** The API's refusal shows next to the field it concerns, in the API's words, and nothing is presented. */
    @Test
    void unaSolicitudSinDescripcionMuestraElRechazoJuntoAlCampo() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        Integer antes = jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class);
        ingresar("ciudadana", "ciudadana-demo");
        abrir("/solicitudes/nueva");
        new Select(elemento("#sujetoObligadoId")).selectByVisibleText("Secretaría de Salud");
        elemento("main form button[type=submit]").click();

        WebElement error = elemento("#error-descripcion");
        assertThat(error.getText()).isNotBlank();
        assertThat(elemento("#descripcion").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(elemento("#descripcion").getAttribute("aria-describedby")).contains("error-descripcion");
        assertThat(navegador.findElements(By.id("problema"))).as("el rechazo solo junto a su campo").isEmpty();
        assertThat(new Select(elemento("#sujetoObligadoId")).getFirstSelectedOption().getText())
                .isEqualTo("Secretaría de Salud");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class)).isEqualTo(antes);
        sinBarrerasDeAccesibilidad();
    }

    /** The Unidad de Transparencia finds the solicitud in its bandeja and answers it from the form. */
    @Test
    void laUnidadDeTransparenciaRespondeDesdeSuBandeja() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-ut", "America/Mexico_City");
        registrarSujetoObligado("so-web-ut", "958001", "web-ut");
        crearCuenta("ut-web", Rol.UNIDAD_TRANSPARENCIA, "web-ut", "so-web-ut");
        String folio = (String) presentarSolicitud("so-web-ut", "Contratos de limpieza 2025").get("folio");

        ingresarCon("ut-web");
        navegador.findElement(By.linkText("Bandeja de solicitudes")).click();
        assertThat(texto("tr[data-folio='" + folio + "']")).contains("10/03/2026");
        sinBarrerasDeAccesibilidad();
        captura("bandeja");
        // Live: a solicitud presented meanwhile enters the open bandeja, without reloading it.
        ((JavascriptExecutor) navegador).executeScript("window.sinRecargar = true;");
        String otra = (String) presentarSolicitud("so-web-ut", "Contratos de vigilancia 2025").get("folio");
        espera.withTimeout(Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("tr[data-folio='" + otra + "']")).isEmpty());
        assertThat(((JavascriptExecutor) navegador).executeScript("return window.sinRecargar === true;"))
                .isEqualTo(true);

        pulsar("tr[data-folio='" + folio + "'] a[aria-label='Responder la solicitud " + folio + "']");
        espera.until(d -> d.getCurrentUrl().endsWith("/solicitudes/" + folio + "/respuesta"));
        new Select(elemento("#respuesta-tipo")).selectByVisibleText("Entrega de la información");
        elemento("#respuesta-respuesta").sendKeys("Se entregan los contratos en versión pública.");
        elemento("#respuesta-anexos").sendKeys(pdf("contratos-version-publica.pdf").toString());
        sinBarrerasDeAccesibilidad();
        elemento("main form button[type=submit]").click();

        espera.until(d -> d.getCurrentUrl().contains("/bandeja?respondida=" + folio));
        assertThat(texto("main [role=status]")).contains("Respuesta registrada para el folio " + folio);
        List<?> actuaciones = jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", String.class, folio);
        assertThat(actuaciones.toString()).contains("SolicitudRespondida");
        assertThat(jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry where "
                + "aggregate_identifier = ? and payload_type like '%SolicitudRespondida'", String.class, folio))
                .contains("contratos-version-publica.pdf");
    }

    /**
     * A garante's staff keep the board open; a día inhábil declared from the calendar page (another tab) moves the
     * deadline on the open board, without reloading it (art. 134 counts días hábiles only).
     */
    @Test
    void elGaranteDeclaraUnDiaInhabilYVeMoverseElPlazoEnElTableroAbierto() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-garante", "America/Mexico_City");
        registrarSujetoObligado("so-web-garante", "958002", "web-garante");
        crearCuenta("garante-web", Rol.GARANTE, "web-garante", null);
        String folio = (String) presentarSolicitud("so-web-garante", "Viáticos 2025").get("folio");

        ingresarCon("garante-web");
        abrir("/tablero");
        // The live board may swap its table at any moment (its stream's first page): each read finds the cell again.
        By vence = By.cssSelector("tr[data-expediente='" + folio + "'] td.vence");
        espera.until(d -> d.findElement(vence).getText().equals("10/03/2026"));
        // A marker on the page: were it reloaded, the marker would be gone.
        ((JavascriptExecutor) navegador).executeScript("window.sinRecargar = true;");
        sinBarrerasDeAccesibilidad();
        captura("tablero");

        String tablero = navegador.getWindowHandle();
        navegador.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        abrir("/calendario/garante:web-garante");
        // A date field's typed format follows the browser's locale; its value is always ISO.
        fijarValor("#fecha", "2026-02-20");
        elemento("#motivo").sendKeys("Día del servidor público del garante");
        elemento("#acuerdo").sendKeys("ACT-WEB/01/2026");
        fijarValor("#fechaPublicacion", "2026-02-10");
        sinBarrerasDeAccesibilidad();
        // First the preview (Vigésimo tercero II): the deadline it would move, and nothing recorded yet.
        elemento("main form button[name=vistaPrevia]").click();
        assertThat(texto("#vista-previa")).contains("aún no se registra nada", "de 1 expediente;");
        assertThat(texto("#plazos-movidos tr[data-folio='" + folio + "'] td.venceria")).isEqualTo("11/03/2026");
        assertThat(elemento("#fecha").getAttribute("value")).isEqualTo("2026-02-20");
        assertThat(elemento("#motivo").getAttribute("value")).isEqualTo("Día del servidor público del garante");
        sinBarrerasDeAccesibilidad();
        captura("vista-previa");
        navegador.switchTo().window(tablero);
        assertThat(navegador.findElement(vence).getText()).isEqualTo("10/03/2026");
        navegador.switchTo().window(navegador.getWindowHandles().stream().filter(h -> !h.equals(tablero))
                .findFirst().orElseThrow());
        // Then the change itself, from the same form still filled in.
        elemento("main form button[type=submit]").click();
        assertThat(texto("#aviso")).contains("Día inhábil declarado: 2026-02-20");
        captura("calendario");

        navegador.switchTo().window(tablero);
        espera.withTimeout(Duration.ofSeconds(30)).until(d -> d.findElement(vence).getText().equals("11/03/2026"));
        assertThat(((JavascriptExecutor) navegador).executeScript("return window.sinRecargar === true;"))
                .isEqualTo(true);
    }

    /** An auditor reads the expediente as it stood before the answer, then as it stands now. */
    @Test
    void elAuditorVeElExpedienteTalComoEstabaEnUnInstantePasado() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-auditoria", "America/Mexico_City");
        registrarSujetoObligado("so-web-auditoria", "958003", "web-auditoria");
        String folio = (String) presentarSolicitud("so-web-auditoria", "Bitácoras de vuelo 2025").get("folio");
        reloj.fijar(MARTES_10_FEBRERO_2026.plus(Duration.ofDays(2)));
        responderConEntrega(folio, tokenDe("ut-auditoria",
                "UNIDAD_TRANSPARENCIA", "web-auditoria", "so-web-auditoria"),
                "Se entregan las bitácoras.");

        ingresar("auditor", "auditor-demo");
        abrir("/expedientes");
        elemento("#folio").sendKeys(folio);
        // 11 February 2026 at noon, Mexico City: after the presentation, before the answer.
        fijarValor("#al", "2026-02-11T12:00:00");
        elemento("main form button[type=submit]").click();
        espera.until(d -> d.getCurrentUrl().contains("al="));
        assertThat(texto("#al-instante")).contains("11/02/2026 12:00:00");
        List<String> antes = tipos();
        assertThat(antes).contains("SolicitudPresentada").doesNotContain("SolicitudRespondida");
        assertThat(texto("#plazos-conocidos")).contains("10/03/2026");
        sinBarrerasDeAccesibilidad();
        captura("expediente-al-dia");

        // The export is the API's expediente as of that instant, as a file.
        Object exportado = ((JavascriptExecutor) navegador).executeAsyncScript("var listo = arguments[0];"
                + "fetch(document.getElementById('exportar').href).then(r => r.json()).then(x => listo("
                + "x.folio + ' ' + x.actuaciones.length));");
        assertThat(exportado).isEqualTo(folio + " " + antes.size());
        // And as a PDF to file: the same instant, its actuaciones and the deadline known then, with its article.
        Object base64 = ((JavascriptExecutor) navegador).executeAsyncScript("var listo = arguments[0];"
                + "fetch(document.getElementById('exportar-pdf').href).then(r => r.arrayBuffer()).then(b => {"
                + "var s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); listo(btoa(s)); });");
        try (var documento = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode((String) base64))) {
            String pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(documento).replaceAll("\\s+", " ");
            assertThat(pdf).contains("Expediente " + folio, "Tal como estaba el 11/02/2026 12:00:00",
                    "martes 10 de marzo de 2026", "art. 134").doesNotContain("respondida");
        }

        abrir("/expedientes?folio=" + folio);
        assertThat(texto("#al-instante")).isEqualTo("Tal como está ahora.");
        assertThat(tipos()).contains("SolicitudPresentada", "SolicitudRespondida");
        reloj.fijar(MARTES_10_FEBRERO_2026);
    }

    /**
     * The solicitante answers a requerimiento (Quincuagésimo noveno) and, once answered, files a recurso de revisión
     * from the tracking page (art. 144); the garante's staff find it on the board of recursos. The acuse of the
     * solicitud also comes as a PDF.
     */
    @Test
    void laCiudadanaDesahogaUnRequerimientoEInterponeUnRecurso() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-recurso", "America/Mexico_City");
        registrarSujetoObligado("so-web-recurso", "958005", "web-recurso");
        crearCuenta("garante-recurso", Rol.GARANTE, "web-recurso", null);
        String folio = (String) presentarSolicitud("so-web-recurso", "Padrón de proveedores").get("folio");
        String ut = tokenDe("ut-web-recurso", "UNIDAD_TRANSPARENCIA", "web-recurso", "so-web-recurso");
        web.post().uri("/api/solicitudes/{folio}/requerimiento", folio).headers(h -> h.setBearerAuth(ut))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("requerimiento", "Precise el ejercicio fiscal.", "parcial", false))
                .exchange().expectStatus().is2xxSuccessful();

        ingresar("ciudadana", "ciudadana-demo");
        releerHasta("/seguimiento?folio=" + folio,
                d -> !d.findElements(By.linkText("Responder el requerimiento")).isEmpty());
        navegador.findElement(By.linkText("Responder el requerimiento")).click();
        elemento("#desahogo").sendKeys("Ejercicio fiscal 2025.");
        sinBarrerasDeAccesibilidad();
        elemento("main form button[type=submit]").click();
        espera.until(d -> d.getCurrentUrl().contains("/seguimiento?folio=" + folio));
        assertThat(jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?",
                String.class, folio).toString()).contains("RequerimientoDesahogado");

        // The acuse as PDF, from the tracking page.
        Object pdf = ((JavascriptExecutor) navegador).executeAsyncScript("var listo = arguments[0];"
                + "fetch('/solicitudes/" + folio + "/acuse.pdf').then(r => r.arrayBuffer())"
                + ".then(b => listo(String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))));");
        assertThat(pdf).isEqualTo("%PDF-");

        web.post().uri("/api/solicitudes/{folio}/respuesta", folio).headers(h -> h.setBearerAuth(ut))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se entrega el padrón de proveedores."))
                .exchange().expectStatus().isOk();
        releerHasta("/seguimiento?folio=" + folio,
                d -> !d.findElements(By.linkText("Interponer un recurso de revisión")).isEmpty());
        navegador.findElement(By.linkText("Interponer un recurso de revisión")).click();
        assertThat(elemento("#folioDeSolicitud").getAttribute("value")).isEqualTo(folio);
        elemento("#razones").sendKeys("El padrón entregado omite a los proveedores de 2025.");
        sinBarrerasDeAccesibilidad();
        elemento("main form button[type=submit]").click();
        String recurso = texto("#folio-recurso");
        assertThat(recurso).startsWith("RR-WEB-RECURSO-2026-");
        assertThat(texto("#numero-descriptivo")).startsWith("RRA");
        sinBarrerasDeAccesibilidad();
        captura("acuse-de-recurso");

        salir();
        ingresarCon("garante-recurso");
        releerHasta("/recursos", "tr[data-folio='" + recurso + "']");
        sinBarrerasDeAccesibilidad();
        captura("recursos");
    }

    /**
     * A garante's staff send a comunicado with a document from the SICOM's form (Centésimo vigésimo séptimo), first
     * refused beside the field it concerns; a Unidad de Transparencia finds it unread in its bandeja and confirms the
     * reading (Centésimo trigésimo primero): the mark goes and the acuse's legend shows.
     */
    @Test
    void elGaranteEnviaUnComunicadoYLaUnidadConfirmaSuLectura() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-sicom", "America/Mexico_City");
        registrarSujetoObligado("so-web-sicom", "958006", "web-sicom");
        crearCuenta("ut-sicom", Rol.UNIDAD_TRANSPARENCIA, "web-sicom", "so-web-sicom");
        crearCuenta("garante-sicom", Rol.GARANTE, "web-sicom", null);

        ingresarCon("garante-sicom");
        abrir("/sicom");
        elemento("#enviar").click();
        new Select(elemento("#comunicados-clase")).selectByValue("COMUNICADO");
        new Select(elemento("#comunicados-remitente-tipo")).selectByValue("ORGANISMO_GARANTE");
        elemento("#comunicados-remitente-id").sendKeys("web-sicom");
        // A garante writing to another garante's kind by mistake: refused by the comunicado itself.
        new Select(elemento("#comunicados-destinatario-tipo")).selectByValue("ORGANISMO_GARANTE");
        elemento("#comunicados-destinatario-id").sendKeys("so-web-sicom");
        elemento("#comunicados-asunto").sendKeys("Capacitación sobre la nueva Ley General");
        elemento("#comunicados-adjuntos").sendKeys(pdf("programa-de-capacitacion.pdf").toString());
        sinBarrerasDeAccesibilidad();
        elemento("main form button[type=submit]").click();
        assertThat(texto("#error-comunicados-destinatario-tipo")).contains("mismo tipo");
        assertThat(elemento("#comunicados-asunto").getAttribute("value"))
                .isEqualTo("Capacitación sobre la nueva Ley General");

        new Select(elemento("#comunicados-destinatario-tipo")).selectByValue("SUJETO_OBLIGADO");
        elemento("#comunicados-adjuntos").sendKeys(pdf("programa-de-capacitacion.pdf").toString());
        elemento("main form button[type=submit]").click();
        assertThat(texto("#confirmacion")).contains("El comunicado ha sido enviado");
        String folio = texto("#folio-enviado");
        sinBarrerasDeAccesibilidad();
        captura("sicom-envio");
        salir();
        ingresarCon("ut-sicom");
        releerHasta("/sicom/recepcion-de-comunicados", "tr[data-folio='" + folio + "']");
        // The bandeja is live: htmx may swap its table at any moment, so each read finds the row again.
        String fila = "tr[data-folio='" + folio + "']";
        assertThat(texto(fila)).contains("Sin leer").contains("Capacitación sobre la nueva Ley General");
        sinBarrerasDeAccesibilidad();
        captura("sicom");
        pulsar(fila + " form button");
        assertThat(texto("#aviso")).contains("Lectura confirmada del folio " + folio);
        releerHasta("/sicom/recepcion-de-comunicados", d -> d.findElement(By.cssSelector(fila)).getText()
                .contains("Leído el"));

        // Open, the bandeja receives the next comunicado without reloading (a marker survives only without reload).
        ((JavascriptExecutor) navegador).executeScript("window.sinRecargar = true;");
        String siguiente = (String) web.post().uri("/api/sicom/comunicados")
                .headers(h -> h.setBearerAuth(tokenDe("staff-web-sicom", "GARANTE", "web-sicom", null)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(comunicado("ORGANISMO_GARANTE", "web-sicom",
                        "SUJETO_OBLIGADO", "so-web-sicom", "Segunda sesión de capacitación", List.of()))
                .exchange().expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
        espera.withTimeout(Duration.ofSeconds(15)).until(d -> d.findElements(
                By.cssSelector("tr[data-folio='" + siguiente + "']")).size() == 1);
        assertThat(texto("tr[data-folio='" + siguiente + "']")).contains("Sin leer", "Segunda sesión");
        assertThat(((JavascriptExecutor) navegador).executeScript("return window.sinRecargar === true;"))
                .isEqualTo(true);
    }

    /** A solicitud múltiple to two sujetos obligados: one acuse with a folio and a deadline for each. */
    @Test
    void laCiudadanaPresentaUnaSolicitudMultiple() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-multiple", "America/Mexico_City");
        registrarSujetoObligado("so-web-multiple-1", "958007", "web-multiple");
        registrarSujetoObligado("so-web-multiple-2", "958008", "web-multiple");
        ingresar("ciudadana", "ciudadana-demo");
        abrir("/solicitudes/multiple");
        elemento("input[value='so-web-multiple-1']").click();
        elemento("input[value='so-web-multiple-2']").click();
        elemento("#descripcion").sendKeys("Contratos de arrendamiento vigentes");
        sinBarrerasDeAccesibilidad();
        elemento("main form button[type=submit]").click();
        String acuses = texto("#acuses");
        assertThat(acuses).contains("958007260000001").contains("958008260000001").contains("10/03/2026");
        sinBarrerasDeAccesibilidad();
    }

    /**
     * The Unidad de Transparencia turns a solicitud and requires more information from the trámite page, whose
     * forms show each rule before sending; an empty requerimiento is refused next to its field and writes nothing
     * (Quincuagésimo séptimo and octavo).
     */
    @Test
    void laUnidadTurnaYRequiereDesdeElTramite() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-tramite", "America/Mexico_City");
        registrarSujetoObligado("so-web-tramite", "958009", "web-tramite");
        crearCuenta("ut-tramite", Rol.UNIDAD_TRANSPARENCIA, "web-tramite", "so-web-tramite");
        String folio = (String) presentarSolicitud("so-web-tramite", "Actas del comité de adquisiciones").get("folio");

        ingresarCon("ut-tramite");
        abrir("/bandeja");
        pulsar("tr[data-folio='" + folio + "'] a[aria-label='Otras actuaciones de la solicitud " + folio + "']");
        espera.until(d -> d.getCurrentUrl().endsWith("/tramite/solicitudes/" + folio));
        assertThat(texto("#actuacion-requerimiento")).contains("Requerir información adicional");
        elemento("#actuacion-turnos summary").click();
        elemento("#turnos-unidadesAdministrativas").sendKeys("Dirección de Adquisiciones\nÓrgano Interno de Control");
        sinBarrerasDeAccesibilidad();
        elemento("#actuacion-turnos button[type=submit]").click();
        assertThat(texto("#aviso")).contains("Turnar a unidades administrativas: registrado.");

        Integer antes = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, folio);
        elemento("#actuacion-requerimiento summary").click();
        elemento("#actuacion-requerimiento button[type=submit]").click();
        WebElement error = elemento("#error-requerimiento-requerimiento");
        assertThat(error.getText()).isNotBlank();
        assertThat(elemento("#requerimiento-requerimiento").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(navegador.findElements(By.id("problema"))).as("el rechazo solo junto a su campo").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, folio)).isEqualTo(antes);
        sinBarrerasDeAccesibilidad();
        captura("tramite");

        elemento("#requerimiento-requerimiento").sendKeys("Indique el periodo de las actas.");
        elemento("#actuacion-requerimiento button[type=submit]").click();
        assertThat(texto("#aviso")).contains("Requerir información adicional: registrado.");
        assertThat(jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?",
                String.class, folio).toString()).contains("SolicitudTurnada").contains("InformacionAdicionalRequerida");
    }

    /**
     * A recurso from its litis to the finding of cumplimiento, every step from the trámite page by whoever performs
     * it: the garante's staff fix the litis; the ponente admits; the Unidad presents alegatos with a document; the
     * staff close the instrucción, list it with the proyecto, record the resolución (a vote without majority refused
     * next to its field, nothing written), publish it and notify it; the Unidad reports the cumplimiento; the staff
     * find it complied (Septuagésimo octavo to Nonagésimo sexto). In June 2028, where only weekends are inhábiles.
     */
    @Test
    void unRecursoSeTramitaDesdeLaLitisHastaElCumplimiento() throws Exception {
        el(2028, 6, 1);
        registrarGarante("web-sigemi", "America/Mexico_City");
        registrarSujetoObligado("so-web-sigemi", "958011", "web-sigemi");
        crearCuenta("garante-sigemi", Rol.GARANTE, "web-sigemi", null);
        crearCuenta("ponente-sigemi", Rol.COMISIONADO, "web-sigemi", null);
        crearCuenta("ut-sigemi", Rol.UNIDAD_TRANSPARENCIA, "web-sigemi", "so-web-sigemi");
        web.put().uri("/api/garantes/{garante}/pleno", "web-sigemi")
                .headers(h -> h.setBearerAuth(token("admin", "admin-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comisionados", List.of(Map.of("comisionadoId", "ponente-sigemi",
                        "nombre", "Ponente de prueba")), "presidenteId", "ponente-sigemi"))
                .exchange().expectStatus().is2xxSuccessful();
        String solicitud = (String) presentarSolicitud("so-web-sigemi", "Bitácoras de vuelo 2027").get("folio");
        responderConEntrega(solicitud, tokenDe("ut-sigemi",
                "UNIDAD_TRANSPARENCIA", "web-sigemi", "so-web-sigemi"),
                "Se entregan las bitácoras.");
        el(2028, 6, 2);
        String recurso = (String) web.post().uri("/api/recursos")
                .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("folioDeSolicitud", solicitud, "razones", "Faltan las bitácoras de diciembre."))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");

        el(2028, 6, 5);
        ingresarCon("garante-sigemi");
        abrir("/tramite/recursos/" + recurso);
        actuar("litis", Map.of("#litis-litis", "INFORMACION_INCOMPLETA"), Map.of());
        salir();
        ingresarCon("ponente-sigemi");
        abrir("/tramite/recursos/" + recurso);
        actuar("admision", Map.of(), Map.of());
        salir();

        el(2028, 6, 6);
        ingresarCon("ut-sigemi");
        abrir("/tramite/recursos/" + recurso);
        actuar("alegatos", Map.of("#alegatos-alegatos", "Se entregaron todas las bitácoras."),
                Map.of("#alegatos-anexos", pdf("bitacoras-diciembre.pdf")));
        salir();

        el(2028, 6, 20);
        ingresarCon("garante-sigemi");
        abrir("/tramite/recursos/" + recurso);
        actuar("cierre-de-instruccion", Map.of(), Map.of());
        actuar("listado", Map.of(), Map.of("#listado-proyecto", pdf("proyecto.pdf")));
        long antes = eventosDe(recurso).size();
        elemento("#actuacion-resolucion summary").click();
        llenar(Map.of("#resolucion-tema", "Bitácoras de vuelo", "#resolucion-fechaDeVotacion", "2028-06-20",
                "#resolucion-sentido", "MODIFICA", "#resolucion-votos", "ponente-sigemi: EN_CONTRA",
                "#resolucion-diasParaCumplir", "10"), Map.of("#resolucion-versionFinal", pdf("resolucion.pdf")));
        enviar("#actuacion-resolucion button[type=submit]");
        assertThat(texto("#error-resolucion-votos")).contains("mayor");
        assertThat(elemento("#resolucion-votos").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(eventosDe(recurso)).hasSize((int) antes);
        sinBarrerasDeAccesibilidad();
        captura("resolucion");
        elemento("#resolucion-votos").clear();
        actuar("resolucion", Map.of("#resolucion-votos", "ponente-sigemi: A_FAVOR"),
                Map.of("#resolucion-versionFinal", pdf("resolucion.pdf")));
        actuar("publicacion", Map.of(), Map.of());
        actuar("notificaciones-al-sujeto-obligado", Map.of("#notificaciones-al-sujeto-obligado-acuerdo",
                "RESOLUCION"), Map.of());
        salir();

        el(2028, 6, 21);
        ingresarCon("ut-sigemi");
        abrir("/tramite/recursos/" + recurso);
        actuar("informe-de-cumplimiento", Map.of("#informe-de-cumplimiento-informe",
                "Se entregaron las bitácoras de diciembre."), Map.of("#informe-de-cumplimiento-anexos",
                pdf("constancia-de-entrega.pdf")));
        salir();
        ingresarCon("garante-sigemi");
        abrir("/tramite/recursos/" + recurso);
        elemento("#actuacion-calificacion-de-cumplimiento summary").click();
        elemento("#actuacion-calificacion-de-cumplimiento input[name=cumplio]").click();
        enviar("#actuacion-calificacion-de-cumplimiento button[type=submit]");
        assertThat(texto("#aviso")).contains("Calificar el cumplimiento: registrado.");

        List<String> eventos = eventosDe(recurso);
        assertThat(eventos).containsSubsequence("LitisFijada", "RecursoAdmitido", "AlegatosPresentados",
                "InstruccionCerrada", "RecursoListado", "ResolucionVotada", "ResolucionPublicada",
                "NotificacionAlSujetoObligadoPracticada", "CumplimientoInformado", "CumplimientoCalificado");
        String cargados = String.join(" ", jdbc.queryForList("select convert_from(payload, 'UTF8') from "
                + "domain_event_entry where aggregate_identifier = ?", String.class, recurso));
        assertThat(cargados).contains("bitacoras-diciembre.pdf", "proyecto.pdf", "resolucion.pdf",
                "constancia-de-entrega.pdf", "\"cumplio\":true");
    }

    private void el(int anio, int mes, int dia) {
        reloj.fijar(java.time.LocalDateTime.of(anio, mes, dia, 10, 0)
                .atZone(java.time.ZoneId.of("America/Mexico_City")).toInstant());
    }

    /** Opens an actuación's form, fills it, sends it, and waits for the page to say it was recorded. */
    private void actuar(String clave, Map<String, String> campos, Map<String, java.nio.file.Path> archivos) {
        WebElement actuacion = elemento("#actuacion-" + clave);
        String titulo = actuacion.findElement(By.tagName("summary")).getText();
        if (actuacion.getAttribute("open") == null) {
            actuacion.findElement(By.tagName("summary")).click();
        }
        llenar(campos, archivos);
        enviar("#actuacion-" + clave + " button[type=submit]");
        assertThat(texto("#aviso")).isEqualTo(titulo + ": registrado.");
    }

    /** Sends a form and waits for the next page: the one it leaves may say "registrado" too. */
    private void enviar(String boton) {
        WebElement pagina = navegador.findElement(By.tagName("html"));
        elemento(boton).click();
        espera.until(d -> dejoDeEstar(pagina));
    }

    /**
     * Whether the page's node is gone. Asked while the next page replaces it, Chrome may answer that the node no
     * longer belongs to the document instead of calling it stale: the same thing, said mid-navigation.
     */
    private static boolean dejoDeEstar(WebElement pagina) {
        try {
            pagina.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void llenar(Map<String, String> campos, Map<String, java.nio.file.Path> archivos) {
        campos.forEach((selector, valor) -> {
            WebElement campo = elemento(selector);
            if (campo.getTagName().equals("select")) {
                new Select(campo).selectByValue(valor);
            } else if (campo.getAttribute("type").startsWith("date")) {
                fijarValor(selector, valor);
            } else {
                campo.sendKeys(valor);
            }
        });
        archivos.forEach((selector, archivo) -> elemento(selector).sendKeys(archivo.toString()));
    }

    /** A small PDF on disk for the browser to upload, named as the person's file would be. */
    private static java.nio.file.Path pdf(String nombre) throws java.io.IOException {
        java.nio.file.Path carpeta = java.nio.file.Files.createTempDirectory("pnt-web");
        java.nio.file.Path archivo = carpeta.resolve(nombre);
        java.nio.file.Files.writeString(archivo, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R"
                + " >>\n% " + nombre + "\n%%EOF\n", java.nio.charset.StandardCharsets.US_ASCII);
        return archivo;
    }

    private List<String> eventosDe(String folio) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, folio).stream()
                .map(t -> t.substring(t.lastIndexOf('.') + 1)).toList();
    }

    /**
     * On a phone (375 px wide) the pages fit the screen: nothing overflows sideways except a wide table inside its
     * own scroll box. From the keyboard, the first Tab reaches the skip link, which takes the focus to the content.
     */
    @Test
    void lasPaginasCabenEnUnTelefonoYSeRecorrenConElTeclado() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        navegador.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        JavascriptExecutor js = (JavascriptExecutor) navegador;
        for (String ruta : List.of("/", "/estadisticas", "/ingresar")) {
            abrir(ruta);
            elemento("main");
            assertThat((Boolean) js.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("sin desbordamiento lateral en " + ruta).isTrue();
            sinBarrerasDeAccesibilidad();
        }
        ingresar("ut-salud", "ut-demo");
        abrir("/tablero");
        elemento("#tablero");
        assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("el tablero cabe; su tabla se desplaza dentro de sí").isTrue();
        captura("tablero-en-telefono");

        abrir("/");
        navegador.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(navegador.switchTo().activeElement().getText()).isEqualTo("Saltar al contenido");
        navegador.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(navegador.switchTo().activeElement().getAttribute("id")).isEqualTo("contenido");
    }

    /** A long list is paged: twenty-one folios give a second page with the oldest one. */
    @Test
    void losFoliosDeUnaPersonaSePaginan() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-paginas", "America/Mexico_City");
        registrarSujetoObligado("so-web-paginas", "958010", "web-paginas");
        crearCuenta("persona-paginas", Rol.SOLICITANTE, null, null);
        String token = tokenDe("persona-paginas", "SOLICITANTE", null, null);
        for (int i = 1; i <= 21; i++) {
            reloj.fijar(MARTES_10_FEBRERO_2026.plus(Duration.ofMinutes(i)));
            web.post().uri("/api/solicitudes").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sujetoObligadoId", "so-web-paginas", "descripcion", "Informe " + i,
                            "modalidadDeEntrega", "ELECTRONICA"))
                    .exchange().expectStatus().isCreated();
        }
        ingresarCon("persona-paginas");
        releerHasta("/mis-folios?pagina=1",
                d -> d.findElements(By.cssSelector("#mis-folios tbody tr")).size() == 1);
        // The list is live: an update of the folios just presented may redraw it between a look and a click, so each
        // is retried on the redrawn list.
        WebDriverWait redibujada = new WebDriverWait(navegador, Duration.ofSeconds(20));
        redibujada.ignoring(StaleElementReferenceException.class);
        redibujada.until(d -> d.findElement(
                By.cssSelector("#mis-folios tbody tr")).getText().contains("958010260000001"));
        redibujada.until(d -> {
            d.findElement(By.linkText("Anterior")).click();
            return true;
        });
        espera.until(d -> d.findElements(By.cssSelector("#mis-folios tbody tr")).size() == 20);
        assertThat(navegador.findElements(By.linkText("Siguiente"))).hasSize(1);
        reloj.fijar(MARTES_10_FEBRERO_2026);
    }

    /** The open statistics with their chart drawn by Chart.js, the same figures in a table, and the downloads. */
    @Test
    void lasEstadisticasPublicasMuestranSuGraficaYSusCifras() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("web-estadisticas", "America/Mexico_City");
        registrarSujetoObligado("so-web-estadisticas", "958004", "web-estadisticas");
        presentarSolicitud("so-web-estadisticas", "Inventario de vehículos");
        presentarSolicitud("so-web-estadisticas", "Licitaciones 2025");

        // The statistics follow the events; the page is read again until both solicitudes are counted.
        By fila = By.xpath("//table[@id='tabla-estadisticas']//tr[td[2]='so-web-estadisticas']/td[5]");
        releerHasta("/estadisticas?garante=web-estadisticas&desde=2026-01-01&hasta=2026-12-31",
                d -> d.findElements(fila).stream().anyMatch(celda -> celda.getText().equals("2")));
        espera.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Chart && window.Chart.getChart('grafica-solicitudes'));")));
        assertThat(navegador.findElement(By.partialLinkText("CSV")).getAttribute("href"))
                .contains("/api/estadisticas.csv?garante=web-estadisticas");
        sinBarrerasDeAccesibilidad();
        captura("estadisticas");
    }

    private void fijarValor(String selector, String valor) {
        ((JavascriptExecutor) navegador).executeScript("arguments[0].value = arguments[1];", elemento(selector), valor);
    }

    private List<String> tipos() {
        List<String> tipos = new ArrayList<>();
        for (WebElement li : navegador.findElements(By.cssSelector("#actuaciones > li"))) {
            tipos.add(li.getAttribute("data-tipo"));
        }
        return tipos;
    }
}
