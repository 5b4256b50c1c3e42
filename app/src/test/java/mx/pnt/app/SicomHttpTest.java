package mx.pnt.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SICOM through the HTTP API (Lineamientos, Título Quinto): an envío with its confirmation, the destinatario's
 * bandeja marking it unread, the reading confirmed once and the acuse with its legend back in the remitente's
 * bandeja and printable; refusals that write nothing; fifty concurrent envíos with fifty consecutive folios.
 */
class SicomHttpTest extends PlataformaEnPruebas {

    private static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");
    /** Accents, signs and Ñ, more than 500 characters (Centésimo vigésimo séptimo, fracción VIII). */
    private static final String ASUNTO = ("Solicitamos la conciliación del año 2026: ¿señalan la información pública "
            + "completa? ¡Sí! «Ñandú», Peña & Muñoz; niño/niña — 50 % — € 1,000.00.\n").repeat(5);

    private String personalDeBc() {
        return tokenDe("staff-bc", "GARANTE", "bc", null);
    }

    private String unidadDeTijuana() {
        return tokenDe("ut-tijuana", "UNIDAD_TRANSPARENCIA", "bc", "so-bc-tijuana");
    }

    private WebTestClient.ResponseSpec enviar(String token, Map<String, ?> envio) {
        return web.post().uri("/api/sicom/comunicados").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(envio).exchange();
    }

    private Map<?, ?> bandeja(String token, String bandeja) {
        return web.get().uri("/api/sicom/bandejas/" + bandeja).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<?, ?> elemento(Map<?, ?> pagina, String folio) {
        return ((List<?>) pagina.get("elementos")).stream().map(e -> (Map<?, ?>) e)
                .filter(e -> folio.equals(e.get("folio"))).findFirst().orElse(null);
    }

    /**
     * A bandeja live (Centésimo vigésimo quinto): the recipient's recepción receives the comunicado as it is sent,
     * unread, and shows it read once the reading is confirmed; a bandeja that does not exist or a role without one is
     * a problem, not a stream.
     */
    @Test
    void laBandejaDeRecepcionEnVivoRecibeElComunicadoYSuLectura() {
        registrarGarante("sicom-vivo", "America/Mexico_City");
        registrarSujetoObligado("so-sicom-vivo", "972401", "sicom-vivo");
        String unidad = tokenDe("ut-sicom-vivo", "UNIDAD_TRANSPARENCIA", "sicom-vivo", "so-sicom-vivo");
        String personal = tokenDe("staff-sicom-vivo", "GARANTE", "sicom-vivo", null);
        EnVivo viva = enVivo("/api/sicom/bandejas/recepcion-de-comunicados", unidad);
        try {
            viva.pagina(p -> p.get("total") != null);
            String folio = (String) enviar(personal, comunicado("ORGANISMO_GARANTE", "sicom-vivo", "SUJETO_OBLIGADO",
                    "so-sicom-vivo", "Calendario de verificaciones 2026", List.of())).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("folio");
            Map<String, Object> recibido = viva.pagina(p -> elemento(p, folio) != null);
            assertThat(recibido.get("noLeidos")).isEqualTo(1);
            leer(unidad, "/api/sicom/comunicados/" + folio).expectStatus().isOk();
            web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio).headers(h -> h.setBearerAuth(unidad))
                    .exchange().expectStatus().isOk();
            Map<String, Object> leido = viva.pagina(p -> elemento(p, folio) != null
                    && Boolean.TRUE.equals(elemento(p, folio).get("leido")));
            assertThat(leido.get("noLeidos")).isEqualTo(0);
        } finally {
            viva.suscripcion().dispose();
        }
        web.get().uri("/api/sicom/bandejas/papelera").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(unidad)).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/sicom/bandejas/recepcion-de-comunicados").accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(tokenDe("otra-persona", "SOLICITANTE", null, null))).exchange()
                .expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec leer(String token, String ruta) {
        return web.get().uri(ruta).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static String texto(byte[] pdf) throws Exception {
        try (PDDocument documento = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(documento).replaceAll("\\s+", " ");
        }
    }

    @Test
    void envioBandejaSinLeerLecturaConfirmadaYAcuseAlRemitente_CentesimoVigesimoSeptimoATrigesimoTercero()
            throws Exception {
        reloj.fijar(LocalDateTime.of(2026, 2, 10, 9, 15).atZone(TIJUANA).toInstant());
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n% minuta\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        SubidaDeDocumentos.subir(web, unidadDeTijuana(), "minuta.pdf", pdf).expectStatus().isCreated();
        byte[] png = new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        SubidaDeDocumentos.subir(web, unidadDeTijuana(), "foto.pdf", png).expectStatus().isCreated();
        Map<String, String> minuta = Map.of("sha256", SubidaDeDocumentos.sha256(pdf), "nombre", "minuta.pdf");
        Map<String, String> foto = Map.of("sha256", SubidaDeDocumentos.sha256(png), "nombre", "foto.pdf");

        // Refused, nothing written: an image (by its content, whatever its name), the same kind on both sides,
        // another organization as remitente.
        long antes = eventosAlmacenados();
        enviar(unidadDeTijuana(), comunicado("SUJETO_OBLIGADO", "so-bc-tijuana", "ORGANISMO_GARANTE", "bc", ASUNTO,
                List.of(minuta, foto))).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("formato-no-admitido")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("image/png", "Word, PDF o Excel"));
        enviar(unidadDeTijuana(), comunicado("SUJETO_OBLIGADO", "so-bc-tijuana", "SUJETO_OBLIGADO", "so-salud",
                ASUNTO, List.of())).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.codigo").isEqualTo("destinatario-del-mismo-tipo");
        enviar(unidadDeTijuana(), comunicado("SUJETO_OBLIGADO", "so-salud", "ORGANISMO_GARANTE", "bc", ASUNTO,
                List.of())).expectStatus().isForbidden()
                .expectBody().jsonPath("$.codigo").isEqualTo("remitente-ajeno");
        enviar(token("ciudadana", "ciudadana-demo"), comunicado("SUJETO_OBLIGADO", "so-bc-tijuana",
                "ORGANISMO_GARANTE", "bc", ASUNTO, List.of())).expectStatus().isForbidden();
        assertThat(eventosAlmacenados()).isEqualTo(antes);

        // Sent: the window with its legend, date and time and the notice of the acuse (Centésimo vigésimo noveno).
        Map<?, ?> confirmacion = enviar(unidadDeTijuana(), comunicado("SUJETO_OBLIGADO", "so-bc-tijuana",
                "ORGANISMO_GARANTE", "bc", ASUNTO, List.of(minuta))).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String folio = (String) confirmacion.get("folio");
        assertThat(folio).matches("SICOM-2026-\\d{7}");
        assertThat(confirmacion.get("leyenda")).isEqualTo("El comunicado ha sido enviado");
        assertThat(confirmacion.get("enviadoEn")).isEqualTo("2026-02-10T09:15:00");
        assertThat(confirmacion.get("zonaHoraria")).isEqualTo("America/Tijuana");
        assertThat(confirmacion.get("aviso")).isEqualTo("Una vez que el destinatario haya recibido el comunicado, "
                + "se generará el acuse de recibo correspondiente.");
        assertThat((String) confirmacion.get("numeroDeTransaccion")).matches("[0-9a-f]{64}");

        // Unread in the garante's "Recepción de comunicados" (Centésimo trigésimo), the asunto intact.
        Map<?, ?> recibido = await().atMost(Duration.ofSeconds(30))
                .until(() -> elemento(bandeja(personalDeBc(), "recepcion-de-comunicados"), folio), e -> e != null);
        assertThat(recibido.get("leido")).isEqualTo(false);
        assertThat(recibido.get("asunto")).isEqualTo(ASUNTO);
        assertThat(((Number) bandeja(personalDeBc(), "recepcion-de-comunicados").get("noLeidos")).longValue())
                .isPositive();
        assertThat(elemento(bandeja(personalDeBc(), "recepcion-de-actuaciones"), folio)).isNull();
        assertThat(elemento(bandeja(unidadDeTijuana(), "envio-de-comunicados"), folio)).isNotNull();
        leer(personalDeBc(), "/api/sicom/comunicados/" + folio).expectStatus().isOk()
                .expectBody().jsonPath("$.asunto").isEqualTo(ASUNTO);
        // Nobody else learns it exists, nor reads its attachment.
        String otraUnidad = token("ut-salud", "ut-demo");
        leer(otraUnidad, "/api/sicom/comunicados/" + folio).expectStatus().isNotFound();
        assertThat(SubidaDeDocumentos.estadoDeDescarga(web, personalDeBc(), minuta.get("sha256"))).isEqualTo(200);
        assertThat(SubidaDeDocumentos.estadoDeDescarga(web, otraUnidad, minuta.get("sha256"))).isEqualTo(404);
        leer(unidadDeTijuana(), "/api/sicom/comunicados/" + folio + "/acuse/pdf").expectStatus().isEqualTo(409);

        // Only the destinatario confirms the reading (Centésimo trigésimo primero), once.
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio)
                .headers(h -> h.setBearerAuth(unidadDeTijuana())).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.codigo").isEqualTo("lectura-ajena");
        reloj.fijar(LocalDateTime.of(2026, 2, 11, 8, 7).atZone(TIJUANA).toInstant());
        String leyenda = "El organismo garante Instituto de Transparencia de Baja California, ha recibido el "
                + "comunicado, el día 11, del mes de febrero, del año 2026, a las 8 horas con 07 minutos.";
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio)
                .headers(h -> h.setBearerAuth(personalDeBc())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.leyenda").isEqualTo(leyenda)
                .jsonPath("$.numeroDeTransaccion").isEqualTo(confirmacion.get("numeroDeTransaccion"));
        long leido = eventosAlmacenados();
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio)
                .headers(h -> h.setBearerAuth(personalDeBc())).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("lectura-confirmada");
        assertThat(eventosAlmacenados()).isEqualTo(leido);

        // The acuse reaches the remitente (Centésimo trigésimo segundo) and prints (Centésimo trigésimo tercero).
        Map<?, ?> enviado = await().atMost(Duration.ofSeconds(30)).until(() -> elemento(bandeja(unidadDeTijuana(),
                "envio-de-comunicados"), folio), e -> Boolean.TRUE.equals(e.get("leido")));
        assertThat(enviado.get("leyenda")).isEqualTo(leyenda);
        byte[] acuse = leer(unidadDeTijuana(), "/api/sicom/comunicados/" + folio + "/acuse/pdf").expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult()
                .getResponseBody();
        assertThat(texto(acuse)).contains("Acuse de recibo", folio, leyenda, "Ñandú");
        byte[] ventana = leer(unidadDeTijuana(), "/api/sicom/comunicados/" + folio + "/confirmacion/pdf")
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(texto(ventana)).contains("El comunicado ha sido enviado", "10/02/2026 09:15 (America/Tijuana)");
        leer(unidadDeTijuana(), "/api/sicom/bandejas/otra").expectStatus().isNotFound();
        leer(token("auditor", "auditor-demo"), "/api/sicom/comunicados/" + folio).expectStatus().isOk();
    }

    @Test
    void cincuentaEnviosSimultaneosTienenCincuentaFoliosConsecutivos_fraccionII() throws Exception {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        String garante = token("garante", "garante-demo");
        ExecutorService hilos = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> envios = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                envios.add(() -> (String) enviar(garante, comunicado("ORGANISMO_GARANTE", "federal",
                        "SUJETO_OBLIGADO", "so-sep", "Circular " + n, List.of())).expectStatus().isCreated()
                        .expectBody(Map.class).returnResult().getResponseBody().get("folio"));
            }
            List<Long> consecutivos = new ArrayList<>();
            for (Future<String> folio : hilos.invokeAll(envios)) {
                consecutivos.add(Long.parseLong(folio.get().substring("SICOM-2026-".length())));
            }
            assertThat(consecutivos).doesNotHaveDuplicates().hasSize(50);
            long primero = consecutivos.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(consecutivos.stream().mapToLong(Long::longValue).max().orElseThrow())
                    .as("sin huecos").isEqualTo(primero + 49);
        } finally {
            hilos.shutdownNow();
        }
    }

    /**
     * Centésimo vigésimo octavo: the catalog kept current. A renamed sujeto obligado receives under its new name
     * (what was sent before keeps the old one); once dado de baja it receives nothing new; the catalog shows the
     * history.
     */
    @Test
    void elCatalogoSeMantieneActualizadoConSuHistoria_CentesimoVigesimoOctavo() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarSujetoObligado("so-bc-fideicomiso", "029901", "bc");
        String antes = (String) enviar(personalDeBc(), comunicado("ORGANISMO_GARANTE", "bc", "SUJETO_OBLIGADO",
                "so-bc-fideicomiso", "Primer aviso", List.of())).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("folio");

        web.post().uri("/api/catalogo/sujetos-obligados/so-bc-fideicomiso/nombre")
                .headers(h -> h.setBearerAuth(token("garante", "garante-demo")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("nombre", "Otro", "motivo", "x"))
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.codigo").isEqualTo("garante-ajeno");
        web.post().uri("/api/catalogo/sujetos-obligados/so-bc-fideicomiso/nombre")
                .headers(h -> h.setBearerAuth(personalDeBc())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("nombre", "Fideicomiso de Obras de Tijuana", "motivo", "Acuerdo de su comité"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.revision").isEqualTo(2);
        String despues = (String) enviar(personalDeBc(), comunicado("ORGANISMO_GARANTE", "bc", "SUJETO_OBLIGADO",
                "so-bc-fideicomiso", "Segundo aviso", List.of())).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("folio");
        Map<?, ?> segundo = await().atMost(Duration.ofSeconds(30)).until(() -> leer(personalDeBc(),
                "/api/sicom/comunicados/" + despues).returnResult(Map.class).getResponseBody().blockFirst(),
                c -> c != null && c.get("destinatario") != null);
        assertThat(((Map<?, ?>) segundo.get("destinatario")).get("nombre")).isEqualTo("Fideicomiso de Obras de "
                + "Tijuana");
        Map<?, ?> elPrimero = await().atMost(Duration.ofSeconds(30)).until(() -> leer(personalDeBc(),
                "/api/sicom/comunicados/" + antes).returnResult(Map.class).getResponseBody().blockFirst(),
                c -> c != null && c.get("destinatario") != null);
        assertThat(((Map<?, ?>) elPrimero.get("destinatario")).get("nombre"))
                .isEqualTo("Sujeto obligado de prueba so-bc-fideicomiso");

        web.post().uri("/api/catalogo/sujetos-obligados/so-bc-fideicomiso/baja")
                .headers(h -> h.setBearerAuth(token("admin", "admin-demo"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("motivo", "Extinción del fideicomiso")).exchange().expectStatus().isOk();
        long conBaja = eventosAlmacenados();
        enviar(personalDeBc(), comunicado("ORGANISMO_GARANTE", "bc", "SUJETO_OBLIGADO", "so-bc-fideicomiso",
                "Tercer aviso", List.of())).expectStatus().isNotFound()
                .expectBody().jsonPath("$.codigo").isEqualTo("destinatario-desconocido");
        assertThat(eventosAlmacenados()).isEqualTo(conBaja);

        Map<?, ?> entrada = await().atMost(Duration.ofSeconds(30)).until(() -> leer(personalDeBc(),
                        "/api/catalogo/sujetos-obligados/so-bc-fideicomiso").returnResult(Map.class).getResponseBody()
                .blockFirst(), e -> e != null && Boolean.FALSE.equals(e.get("activo")));
        assertThat(entrada.get("revision")).isEqualTo(3);
        assertThat(((List<?>) entrada.get("historia")).stream().<Object>map(c -> ((Map<?, ?>) c).get("cambio")).toList())
                .containsExactly("REGISTRO", "NOMBRE", "BAJA");
        List<?> vigentes = leer(personalDeBc(), "/api/catalogo/sujetos-obligados").expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(vigentes.stream().<Object>map(e -> ((Map<?, ?>) e).get("id")).toList()).contains("so-bc-tijuana")
                .doesNotContain("so-bc-fideicomiso");
    }

    /** Centésimo vigésimo séptimo, fracción VII, and octavo: "otros" until the administration identifies it. */
    @Test
    void unDestinatarioOtrosLlegaASuBandejaCuandoLaAdministracionLoIdentifica() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        Map<String, Object> envio = comunicado("ORGANISMO_GARANTE", "bc", "SUJETO_OBLIGADO", "otros",
                "Aviso al ayuntamiento", List.of());
        envio.put("destinatario", Map.of("tipo", "SUJETO_OBLIGADO", "id", "otros", "nombre", "Municipio de Tijuana"));
        String folio = (String) enviar(personalDeBc(), envio).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("folio");
        String admin = token("admin", "admin-demo");
        // The statistics count it for no sujeto obligado until it is identified.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("select coalesce(sujeto_obligado_id, "
                + "'ninguno') from estadistica_comunicado where folio = ?", String.class, folio), l -> l.size() == 1);
        assertThat(jdbc.queryForList("select sujeto_obligado_id from estadistica_comunicado where folio = ?",
                String.class, folio)).containsOnlyNulls();
        await().atMost(Duration.ofSeconds(30)).until(() -> leer(token("admin", "admin-demo"),
                        "/api/sicom/por-identificar").returnResult(List.class).getResponseBody().blockFirst(),
                l -> l != null && l.stream().anyMatch(c -> folio.equals(((Map<?, ?>) c).get("folio"))));
        leer(personalDeBc(), "/api/sicom/por-identificar").expectStatus().isForbidden();
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio)
                .headers(h -> h.setBearerAuth(unidadDeTijuana())).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.codigo").isEqualTo("destinatario-por-identificar");
        web.post().uri("/api/sicom/comunicados/{folio}/destinatario", folio).headers(h -> h.setBearerAuth(
                        personalDeBc())).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "so-bc-tijuana"))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/api/sicom/comunicados/{folio}/destinatario", folio).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("id", "so-bc-tijuana"))
                .exchange().expectStatus().isOk();
        Map<?, ?> recibido = await().atMost(Duration.ofSeconds(30))
                .until(() -> elemento(bandeja(unidadDeTijuana(), "recepcion-de-comunicados"), folio), e -> e != null);
        assertThat(((Map<?, ?>) recibido.get("destinatario")).get("nombre")).isEqualTo("Ayuntamiento de Tijuana");
        web.post().uri("/api/sicom/comunicados/{folio}/lectura", folio)
                .headers(h -> h.setBearerAuth(unidadDeTijuana())).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.leyenda").value(l -> assertThat((String) l)
                        .startsWith("El sujeto obligado Ayuntamiento de Tijuana, ha recibido el comunicado"));
        // From then on the statistics count it, and its reading, for the sujeto obligado identified.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("select sujeto_obligado_id || ' ' || "
                + "garante_id || ' ' || (leido_en is not null) from estadistica_comunicado where folio = ?",
                String.class, folio), l -> l.equals(List.of("so-bc-tijuana bc true")));
    }
}
