package mx.pnt.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.pnt.PlataformaApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The platform in a JVM of its own, started as production starts it (embedded default, its own data folder), so a
 * test can kill it with SIGKILL or stop it with SIGTERM and start it again on the same folder.
 */
final class PlataformaEnOtroProceso {

    private static final Duration ARRANQUE_MAXIMO = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path carpeta;
    private final int puertoHttp = puertoLibre();
    private final int puertoPostgres;
    /** The instance whose embedded PostgreSQL, signing key and documents this one uses; null: its own. */
    private final PlataformaEnOtroProceso primera;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process proceso;
    private int arranques;

    PlataformaEnOtroProceso(Path carpeta) {
        this.carpeta = carpeta;
        this.puertoPostgres = puertoLibre();
        this.primera = null;
    }

    private PlataformaEnOtroProceso(Path carpeta, PlataformaEnOtroProceso primera) {
        this.carpeta = carpeta;
        this.puertoPostgres = primera.puertoPostgres;
        this.primera = primera;
    }

    /**
     * Another instance of the platform on {@code primera}'s PostgreSQL (as an external database, which it is to this
     * one), with the same signing key and document folder: what two instances behind one balancer share.
     */
    static PlataformaEnOtroProceso junto(Path carpeta, PlataformaEnOtroProceso primera) {
        return new PlataformaEnOtroProceso(carpeta, primera);
    }

    private Path compartida() {
        return primera == null ? carpeta : primera.carpeta;
    }

    Path datosDePostgres() {
        return compartida().resolve("postgres");
    }

    /**
     * Starts the JVM (with {@code argumentos} added to its command line) and waits until the platform answers ready;
     * fails (with its log) if it does not, first time.
     */
    void arrancar(String... argumentos) throws IOException, InterruptedException {
        arranques++;
        Files.createDirectories(carpeta);
        Path bitacora = carpeta.resolve("plataforma-" + arranques + ".log");
        List<String> comando = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PlataformaApplication.class.getName(),
                "--server.port=" + puertoHttp,
                "--pnt.seguridad.llave=" + compartida().resolve("llave-jwt.bin"),
                "--pnt.documentos.carpeta=" + compartida().resolve("documentos")));
        if (primera == null) {
            comando.addAll(List.of("--pnt.postgres-embebido.datos=" + datosDePostgres(),
                    "--pnt.postgres-embebido.puerto=" + puertoPostgres));
        } else {
            comando.addAll(List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + puertoPostgres
                    + "/postgres", "--spring.datasource.username=postgres"));
        }
        comando.addAll(List.of(argumentos));
        proceso = new ProcessBuilder(comando).directory(carpeta.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(bitacora.toFile())).start();
        long limite = System.nanoTime() + ARRANQUE_MAXIMO.toNanos();
        while (System.nanoTime() < limite) {
            if (!proceso.isAlive()) {
                throw new AssertionError("La plataforma terminó al arrancar (código " + proceso.exitValue() + "):\n"
                        + ultimasLineas(bitacora));
            }
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException todaviaNo) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        proceso.destroyForcibly().waitFor();
        throw new AssertionError("La plataforma no estuvo lista en " + ARRANQUE_MAXIMO + ":\n" + ultimasLineas(bitacora));
    }

    /** SIGKILL: the JVM dies at once, without its shutdown hooks. */
    void matar() throws InterruptedException {
        proceso.destroyForcibly();
        if (!proceso.waitFor(1, TimeUnit.MINUTES)) {
            throw new AssertionError("la JVM no murió con SIGKILL");
        }
    }

    /** SIGTERM, as a service manager stops it; returns once the JVM has exited. */
    void apagar(Duration espera) throws InterruptedException {
        proceso.destroy();
        if (!proceso.waitFor(espera.toMillis(), TimeUnit.MILLISECONDS)) {
            proceso.destroyForcibly().waitFor();
            throw new AssertionError("la plataforma no terminó en " + espera + " tras SIGTERM");
        }
    }

    ProcessHandle jvm() {
        return proceso.toHandle();
    }

    /** The postmaster its {@code postmaster.pid} names, while that file exists. */
    Optional<Long> postmaster() throws IOException {
        Path pid = datosDePostgres().resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()));
    }

    String token(String usuario, String contrasena) throws IOException, InterruptedException {
        HttpResponse<String> respuesta = post("/api/sesiones", null,
                "{\"usuario\":\"" + usuario + "\",\"contrasena\":\"" + contrasena + "\"}");
        if (respuesta.statusCode() != 200) {
            throw new AssertionError("inicio de sesión " + respuesta.statusCode() + ": " + respuesta.body());
        }
        return json(respuesta.body()).get("token").asText();
    }

    HttpResponse<String> get(String ruta, String token) throws IOException, InterruptedException {
        HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create(base() + ruta)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            peticion.header("Authorization", "Bearer " + token);
        }
        return http.send(peticion.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String ruta, String token, String cuerpo) throws IOException, InterruptedException {
        HttpRequest.Builder peticion = HttpRequest.newBuilder(URI.create(base() + ruta)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (token != null) {
            peticion.header("Authorization", "Bearer " + token);
        }
        return http.send(peticion.POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST} without a body, the answer's bytes saved to {@code destino}; answers the status. */
    int postADisco(String ruta, String token, Path destino) throws IOException, InterruptedException {
        HttpRequest peticion = HttpRequest.newBuilder(URI.create(base() + ruta)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(peticion, HttpResponse.BodyHandlers.ofFile(destino)).statusCode();
    }

    /** Uploads {@code contenido} as a PDF ({@code POST /api/documentos}); answers the JSON of the stored document. */
    JsonNode subirDocumento(String token, byte[] contenido) throws IOException, InterruptedException {
        byte[] inicio = ("--frontera\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"oficio.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] fin = "\r\n--frontera--\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpRequest peticion = HttpRequest.newBuilder(URI.create(base() + "/api/documentos"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=frontera")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(inicio, contenido, fin))).build();
        HttpResponse<String> respuesta = http.send(peticion, HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(201);
        return json(respuesta.body());
    }

    /** The bytes of a document as its reader downloads them, or null with the status if refused. */
    HttpResponse<byte[]> descargarDocumento(String token, String sha256) throws IOException, InterruptedException {
        HttpRequest peticion = HttpRequest.newBuilder(URI.create(base() + "/api/documentos/" + sha256))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build();
        return http.send(peticion, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What {@code GET /api/admin/proyecciones} says of each read model. */
    JsonNode estadosDeProyecciones(String admin) throws IOException, InterruptedException {
        HttpResponse<String> respuesta = get("/api/admin/proyecciones", admin);
        org.assertj.core.api.Assertions.assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
        return json(respuesta.body());
    }

    /** Until every read model has processed the whole store. */
    void esperarProyeccionesAlDia(String admin) {
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    for (JsonNode estado : estadosDeProyecciones(admin)) {
                        org.assertj.core.api.Assertions.assertThat(estado.path("alDia").asBoolean())
                                .as(estado.toString()).isTrue();
                    }
                });
    }

    /** Rebuilds every read model from the first event and waits until each has replaced its tables. */
    void reconstruirProyecciones(String admin) throws IOException, InterruptedException {
        HttpResponse<String> reconstruccion = post("/api/admin/proyecciones/reconstruccion", admin, "");
        org.assertj.core.api.Assertions.assertThat(reconstruccion.statusCode()).as(reconstruccion.body())
                .isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    for (JsonNode estado : estadosDeProyecciones(admin)) {
                        org.assertj.core.api.Assertions.assertThat(estado.path("reconstruccion").path("etapa")
                                .asText()).as(estado.toString()).isEqualTo("TERMINADA");
                        org.assertj.core.api.Assertions.assertThat(estado.path("alDia").asBoolean())
                                .as(estado.toString()).isTrue();
                    }
                });
    }

    static JsonNode json(String texto) throws IOException {
        return JSON.readTree(texto);
    }

    /** A direct connection to its embedded PostgreSQL. */
    Connection conexion() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + puertoPostgres + "/postgres", "postgres", "");
    }

    List<String> columna(String consulta) throws SQLException {
        try (Connection conexion = conexion()) {
            return columna(conexion, consulta);
        }
    }

    /** The first column of every row {@code consulta} gives, over any connection. */
    static List<String> columna(Connection conexion, String consulta) throws SQLException {
        try (Statement sentencia = conexion.createStatement(); ResultSet filas = sentencia.executeQuery(consulta)) {
            List<String> valores = new ArrayList<>();
            while (filas.next()) {
                valores.add(filas.getString(1));
            }
            return valores;
        }
    }

    /**
     * Every table in {@code public} but the processors' tokens (their owners and timestamps change with every
     * claim), each as its sorted rows, in UTC: what a replay into empty tables must give again.
     */
    Map<String, List<String>> volcado() throws SQLException {
        try (Connection conexion = conexion()) {
            List<String> tablas = columna(conexion, "select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename <> 'token_entry' order by 1");
            return PlataformaEnPruebas.volcado(conexion, tablas);
        }
    }

    /**
     * Fails naming, per table, the rows only one dump has: a whole map in an assertion message is cut at a thousand
     * rows per table, which hides the difference.
     */
    static void compararVolcados(Map<String, List<String>> esperado, Map<String, List<String>> obtenido) {
        org.assertj.core.api.Assertions.assertThat(obtenido.keySet()).isEqualTo(esperado.keySet());
        StringBuilder diferencias = new StringBuilder();
        for (String tabla : esperado.keySet()) {
            List<String> faltan = new ArrayList<>(esperado.get(tabla));
            obtenido.get(tabla).forEach(faltan::remove);
            List<String> sobran = new ArrayList<>(obtenido.get(tabla));
            esperado.get(tabla).forEach(sobran::remove);
            if (!faltan.isEmpty() || !sobran.isEmpty()) {
                diferencias.append(tabla).append(": faltan ").append(faltan.subList(0, Math.min(20, faltan.size())))
                        .append(", sobran ").append(sobran.subList(0, Math.min(20, sobran.size()))).append('\n');
            }
        }
        org.assertj.core.api.Assertions.assertThat(diferencias.toString()).as("filas distintas por tabla").isEmpty();
    }

    private String base() {
        return "http://localhost:" + puertoHttp;
    }

    /** Lines of its logs (every start's) that contain {@code texto}. */
    long contarEnBitacora(String texto) throws IOException {
        long lineas = 0;
        for (int arranque = 1; arranque <= arranques; arranque++) {
            try (var bitacora = Files.lines(carpeta.resolve("plataforma-" + arranque + ".log"))) {
                lineas += bitacora.filter(linea -> linea.contains(texto)).count();
            }
        }
        return lineas;
    }

    private static String ultimasLineas(Path bitacora) {
        try {
            List<String> lineas = Files.readAllLines(bitacora);
            return String.join("\n", lineas.subList(Math.max(0, lineas.size() - 60), lineas.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int puertoLibre() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
