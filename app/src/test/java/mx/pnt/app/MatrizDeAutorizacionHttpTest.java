package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, authorization matrix: {@code docs/authorization.md} states, for every route the application maps and
 * every kind of caller (anonymous, each role, and a party of another folio, sujeto obligado or garante), the status
 * the platform answers. This test reads that table, checks it names exactly the mapped routes, and walks every
 * cell over HTTP. On a difference it writes the table it observed to {@code target/matriz-observada.md}, to be
 * reviewed, never copied blindly.
 * <p>
 * Commands are sent with an empty JSON object: an authorised caller gets the body's refusal (400) or the state's
 * (409, 422), an unauthorised one its 401, 403 or 404, so no cell changes the shared platform. The targets belong to
 * the garante "federal" and the sujeto obligado "so-salud"; the "ajeno" callers are of "qroo" and "so-sep", and a
 * solicitante who is not the folio's.
 */
class MatrizDeAutorizacionHttpTest extends PlataformaEnPruebas {

    static final Path TABLA = Path.of(System.getProperty("basedir", "."), "..", "docs", "authorization.md");
    static final List<String> LLAMANTES = List.of("anónimo", "solicitante", "solicitante ajeno", "UT", "UT ajena",
            "garante", "garante ajeno", "comisionado", "auditor", "analista", "admin");
    private static final Pattern FILA = Pattern.compile("^\\| `(GET|POST|PUT|DELETE|PATCH) (/api/[^`]*)` \\|(.*)\\|\\s*$");
    /** The query a route cannot be asked without. */
    private static final Map<String, String> CONSULTAS = Map.of(
            "/api/reconducciones", "?garante=federal&desde=2026-01-01&hasta=2026-12-31",
            "/api/calendarios/{calendarioId}", "?fecha=2026-02-10");
    private static final String NOMBRE = "Perenganita Matriz Zúñiga";
    private static final String CORREO = "perenganita.matriz@example.org";
    private static final String ACEPTA = "application/json, application/problem+json, application/pdf, "
            + "application/zip, text/csv;q=0.9";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping rutas;

    private record Fila(String metodo, String ruta, List<String> celdas) {
        String nombre() {
            return metodo + " " + ruta;
        }
    }

    @Test
    void cadaRutaRespondeACadaLlamanteComoDiceLaMatriz() throws IOException {
        List<Fila> documentadas = leerTabla();
        assertThat(documentadas.stream().map(Fila::nombre).toList()).as("rutas repetidas en la matriz")
                .doesNotHaveDuplicates();
        Set<String> mapeadas = rutasMapeadas();
        // A route the table lacks is walked too (every cell "?"), so the observed table has it to review.
        List<Fila> filas = new ArrayList<>(documentadas);
        Set<String> nombradas = documentadas.stream().map(Fila::nombre).collect(java.util.stream.Collectors.toSet());
        mapeadas.stream().filter(ruta -> !nombradas.contains(ruta)).forEach(ruta -> filas.add(new Fila(
                ruta.substring(0, ruta.indexOf(' ')), ruta.substring(ruta.indexOf(' ') + 1),
                java.util.Collections.nCopies(LLAMANTES.size(), "?"))));

        Map<String, String> tokens = tokens();
        Map<String, String> variables = variables();
        List<String> diferencias = new ArrayList<>();
        Map<String, List<String>> observada = new LinkedHashMap<>();
        for (Fila fila : filas) {
            List<String> celdas = new ArrayList<>();
            for (int i = 0; i < LLAMANTES.size(); i++) {
                String esperada = fila.celdas().get(i);
                if (esperada.endsWith("*") && mapeadas.contains(fila.nombre())) {
                    celdas.add(esperada); // not walked: see the table's notes
                    continue;
                }
                String obtenida = String.valueOf(estado(fila, tokens.get(LLAMANTES.get(i)), variables));
                celdas.add(obtenida);
                if (!obtenida.equals(esperada)) {
                    diferencias.add(fila.nombre() + " como " + LLAMANTES.get(i) + ": se esperaba " + esperada
                            + ", respondió " + obtenida);
                }
            }
            observada.put(fila.nombre(), celdas);
        }
        if (!diferencias.isEmpty()) {
            escribirObservada(observada);
        }
        assertThat(nombradas).as("la matriz nombra exactamente las rutas de la aplicación").isEqualTo(mapeadas);
        assertThat(diferencias).as("celdas de docs/authorization.md que no se cumplen (la tabla observada está en "
                + "target/matriz-observada.md)").isEmpty();
    }

    /**
     * What an anonymous caller may read (every route the table answers 2xx to "anónimo") says nothing of the
     * person behind a folio: neither the name nor the e-mail given in the solicitud, nor the account's.
     */
    @Test
    void lasRespuestasAnonimasNoContienenDatosPersonales() throws IOException {
        Map<String, String> variables = variables();
        List<String> personales = List.of(NOMBRE, CORREO, "ciudadana", "Persona solicitante");
        List<String> revisadas = new ArrayList<>();
        for (Fila fila : leerTabla()) {
            String anonima = fila.celdas().get(LLAMANTES.indexOf("anónimo"));
            if (!anonima.startsWith("2")) {
                continue;
            }
            String uri = sustituir(fila.metodo(), fila.ruta(), variables);
            byte[] cuerpo = web.method(HttpMethod.valueOf(fila.metodo())).uri(uri).header("Accept", ACEPTA)
                    .exchange().expectStatus().is2xxSuccessful().expectBody().returnResult().getResponseBody();
            String texto = cuerpo == null ? "" : new String(cuerpo, StandardCharsets.UTF_8);
            for (String dato : personales) {
                assertThat(texto).as(fila.nombre() + " sin identificarse").doesNotContainIgnoringCase(dato);
            }
            revisadas.add(fila.nombre());
        }
        assertThat(revisadas).contains("GET /api/seguimiento/{folio}", "GET /api/plazos/{folio}",
                "GET /api/estadisticas");
        // The public tracking of the answered solicitud, once its respuesta and recurso reached the read model,
        // names no one either. (A recurso has no public tracking of its own: its folio answers 404.)
        String respondida = variables.get("respondida");
        String seguimiento = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> web.get().uri("/api/seguimiento/{folio}", respondida).exchange()
                        .returnResult(String.class).getResponseBody().collectList().map(partes -> String.join("", partes))
                        .block(), texto -> texto.contains("ENTREGA"));
        for (String dato : personales) {
            assertThat(seguimiento).as("seguimiento de " + respondida).doesNotContainIgnoringCase(dato);
        }
        assertThat(web.get().uri("/api/seguimiento/{folio}", variables.get("recurso")).exchange()
                .returnResult(byte[].class).getStatus().value()).isEqualTo(404);
    }

    private int estado(Fila fila, String token, Map<String, String> variables) {
        String uri = sustituir(fila.metodo(), fila.ruta(), variables);
        var peticion = web.method(HttpMethod.valueOf(fila.metodo())).uri(uri).header("Accept", ACEPTA)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                });
        var respuesta = fila.metodo().equals("GET") ? peticion.exchange()
                : peticion.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
        return respuesta.returnResult(byte[].class).getStatus().value();
    }

    /** Each path variable by its name; a folio by the kind of expediente its route is about. */
    private static String sustituir(String ruta, Map<String, String> variables) {
        return sustituir("POST", ruta, variables);
    }

    /** A reading may name what a command must not touch (a real calendar): "{name}@GET" first, then "{name}". */
    private static String sustituir(String metodo, String ruta, Map<String, String> variables) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(ruta);
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            String nombre = variable.group(1);
            if (nombre.equals("folio")) {
                nombre = ruta.startsWith("/api/recursos/") || ruta.startsWith("/api/sicom/recursos/") ? "recurso"
                        : ruta.startsWith("/api/sicom/comunicados/") ? "comunicado" : "solicitud";
            }
            String valor = variables.getOrDefault(nombre + "@" + metodo, variables.get(nombre));
            assertThat(valor).as("valor para {" + variable.group(1) + "} en " + ruta).isNotNull();
            variable.appendReplacement(uri, Matcher.quoteReplacement(valor));
        }
        variable.appendTail(uri);
        return uri + CONSULTAS.getOrDefault(ruta, "");
    }

    private Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anónimo", null);
        tokens.put("solicitante", token("ciudadana", "ciudadana-demo"));
        tokens.put("solicitante ajeno", tokenDe("otra-persona-matriz", "SOLICITANTE", null, null));
        tokens.put("UT", token("ut-salud", "ut-demo"));
        tokens.put("UT ajena", tokenDe("ut-sep-matriz", "UNIDAD_TRANSPARENCIA", "federal", "so-sep"));
        tokens.put("garante", token("garante", "garante-demo"));
        tokens.put("garante ajeno", tokenDe("garante-qroo-matriz", "GARANTE", "qroo", null));
        tokens.put("comisionado", token("comisionada", "comisionada-demo"));
        tokens.put("auditor", token("auditor", "auditor-demo"));
        tokens.put("analista", token("analista", "analista-demo"));
        tokens.put("admin", token("admin", "admin-demo"));
        assertThat(tokens.keySet()).containsExactlyElementsOf(LLAMANTES);
        return tokens;
    }

    /**
     * The targets, all of the garante "federal": a solicitud of the demo solicitante at so-salud with her name and
     * e-mail (running, so its plazo is public), a second one answered and the recurso she filed against it, and a
     * document the Unidad uploaded. What no cell may change is named but does not exist (a calendar, a comunicado),
     * or is refused for its empty body.
     */
    private Map<String, String> variables() {
        String solicitud = presentarConDatosPersonales();
        String respondida = presentarConDatosPersonales();
        web.post().uri("/api/solicitudes/{folio}/respuesta", respondida)
                .headers(h -> h.setBearerAuth(token("ut-salud", "ut-demo"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", "Se anexa la nómina."))
                .exchange().expectStatus().isOk();
        String recurso = (String) web.post().uri("/api/recursos")
                .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("folioDeSolicitud", respondida, "razones", "La nómina entregada está incompleta."))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
        byte[] oficio = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF matriz "
                + solicitud).getBytes(StandardCharsets.US_ASCII);
        SubidaDeDocumentos.subir(web, token("ut-salud", "ut-demo"), "oficio.pdf", oficio).expectStatus().isCreated();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("solicitud", solicitud);
        variables.put("recurso", recurso);
        variables.put("respondida", respondida);
        variables.put("comunicado", "SICOM-MATRIZ-INEXISTENTE");
        variables.put("acuerdo", "ADMISION");
        variables.put("catalogo", "sujetos-obligados");
        variables.put("id", "so-salud");
        variables.put("garanteId", "federal");
        variables.put("sujetoObligadoId", "so-salud");
        variables.put("calendarioId", "garante:calendario-matriz-inexistente");
        variables.put("calendarioId@GET", "garante:federal");
        variables.put("fecha", "2026-12-14");
        variables.put("suspensionId", "suspension-inexistente");
        variables.put("grupo", "grupo-matriz-inexistente");
        variables.put("secuencia", "0");
        variables.put("bandeja", "recepcion-de-actuaciones");
        variables.put("sha256", SubidaDeDocumentos.sha256(oficio));
        return variables;
    }

    private String presentarConDatosPersonales() {
        return (String) web.post().uri("/api/solicitudes")
                .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-salud", "descripcion", "Matriz de autorización: nómina 2025",
                        "modalidadDeEntrega", "ELECTRONICA", "nombreOSeudonimo", NOMBRE, "correoElectronico", CORREO))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("folio");
    }

    static List<Fila> leerTabla() throws IOException {
        List<Fila> filas = new ArrayList<>();
        for (String linea : Files.readAllLines(TABLA, StandardCharsets.UTF_8)) {
            Matcher fila = FILA.matcher(linea);
            if (fila.matches()) {
                List<String> celdas = List.of(fila.group(3).split("\\|", -1)).stream().map(String::strip).toList();
                assertThat(celdas).as(linea).hasSize(LLAMANTES.size());
                filas.add(new Fila(fila.group(1), fila.group(2), celdas));
            }
        }
        return filas;
    }

    private Set<String> rutasMapeadas() {
        Set<String> mapeadas = new TreeSet<>();
        for (RequestMappingInfo ruta : rutas.getHandlerMethods().keySet()) {
            for (var metodo : ruta.getMethodsCondition().getMethods()) {
                for (PathPattern patron : ruta.getPatternsCondition().getPatterns()) {
                    if (patron.getPatternString().startsWith("/api/")) {
                        mapeadas.add(metodo.name() + " " + patron.getPatternString());
                    }
                }
            }
        }
        return mapeadas;
    }

    private static void escribirObservada(Map<String, List<String>> observada) throws IOException {
        StringBuilder tabla = new StringBuilder("| Ruta | " + String.join(" | ", LLAMANTES) + " |\n|---|"
                + "---|".repeat(LLAMANTES.size()) + "\n");
        Set<String> vistas = new LinkedHashSet<>();
        observada.forEach((ruta, celdas) -> {
            if (vistas.add(ruta)) {
                tabla.append("| `").append(ruta).append("` | ").append(String.join(" | ", celdas)).append(" |\n");
            }
        });
        Path destino = Path.of(System.getProperty("basedir", "."), "target", "matriz-observada.md");
        Files.createDirectories(destino.getParent());
        Files.writeString(destino, tabla, StandardCharsets.UTF_8);
    }
}
