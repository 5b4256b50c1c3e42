package mx.pnt.carga;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The soak run of issue #12 (docs/performance.md, "Soak"): one platform under mixed load for
 * {@code carga.resistencia.duracion} seconds (600). Solicitudes are presented at a steady rate and random folios
 * are tracked anonymously, both open models, while a día inhábil is declared on a garante's calendar every
 * {@code carga.resistencia.calendario} seconds, in turn on qroo, bc and federal, which recomputes their open plazos.
 * <p>
 * Every minute it records the heap after the latest collection, the connections open to PostgreSQL, how far the
 * slowest read model is behind the event store, and the answers that were not the expected ones. At the start and
 * the end it forces a full collection (jcmd GC.run) for the live heap. After the load it waits for the read models
 * to catch up and writes target/carga/resistencia.md.
 */
public class ResistenciaSimulation extends Simulation {

    private static final Pattern COLECCION = Pattern.compile("\\) (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** A full collection asked from outside (jcmd GC.run logs it as a diagnostic command). */
    private static final Pattern COMPLETA = Pattern.compile(
            "Pause Full \\((?:System.gc\\(\\)|Diagnostic Command)\\) (\\d+)M->(\\d+)M");
    private static final Pattern POSICION = Pattern.compile("\"posicion\":(\\d+|null)");
    private static final Duration MADUREZ = Duration.ofSeconds(5);
    private static final List<String> CALENDARIOS = List.of("garante:qroo", "garante:bc", "garante:federal");

    private final Parametros base = Parametros.delSistema();
    private final Duration duracion = Duration.ofSeconds(Long.getLong("carga.resistencia.duracion", 600));
    private final int presentaciones = Integer.getInteger("carga.resistencia.presentaciones", 20);
    private final int seguimientos = Integer.getInteger("carga.resistencia.seguimientos", 50);
    private final Duration cadaCambio = Duration.ofSeconds(Long.getLong("carga.resistencia.calendario", 60));
    private final Path gc = base.salida().resolve("gc-resistencia.log");
    private final Parametros parametros = base.conJvm("-Xlog:gc:file=" + gc + ":uptime");
    private final Plataforma plataforma = Plataforma.preparar(parametros, "resistencia");
    private final ClienteApi api = new ClienteApi(plataforma.base());
    private final ClienteApi.Sesion ciudadana = api.sesion("ciudadana", "ciudadana-demo");
    private final ClienteApi.Sesion admin = api.sesion("admin", "admin-demo");
    private final List<String> folios = new CopyOnWriteArrayList<>();
    /** When each folio of {@link #folios} was acknowledged (System.nanoTime), in the same order. */
    private final List<Long> acusados = new CopyOnWriteArrayList<>();
    /** Unexpected answers by request and status ("presentar HTTP 500"). */
    private final Map<String, AtomicLong> errores = new ConcurrentSkipListMap<>();
    private final AtomicLong presentadas = new AtomicLong();
    private final AtomicLong seguidas = new AtomicLong();
    private final List<String> cambios = new CopyOnWriteArrayList<>();
    private final List<Muestra> muestras = new CopyOnWriteArrayList<>();
    private final AtomicLong siguienteFecha = new AtomicLong();
    private ScheduledExecutorService reloj;
    private long inicio;
    private String heapInicial;
    /** Live bytes by class (jcmd GC.class_histogram) at the start and the end: what grew, if the heap did. */
    private Map<String, Long> histogramaInicial = Map.of();
    private Map<String, Long> histogramaFinal = Map.of();

    private record Muestra(long segundo, String heapTrasColeccion, int conexiones, long retraso, long presentadas,
                           long seguidas, long errores) {
    }

    {
        setUp(
                presentar().injectOpen(constantUsersPerSec(presentaciones).during(duracion)),
                seguir().injectOpen(nothingFor(Duration.ofSeconds(5)),
                        constantUsersPerSec(seguimientos).during(duracion.minusSeconds(5))))
                .protocols(http.baseUrl(plataforma.base()).contentTypeHeader("application/json")
                        .acceptHeader("application/json").shareConnections());
    }

    private ScenarioBuilder presentar() {
        return scenario("presentar")
                .exec(http("presentar").post("/api/solicitudes")
                        .header("Authorization", session -> "Bearer " + ciudadana.token())
                        .body(StringBody(session -> {
                            long n = presentadas.incrementAndGet();
                            List<String> sujetos = parametros.sujetos();
                            return ClienteApi.cuerpoDeSolicitud(sujetos.get((int) (n % sujetos.size())),
                                    "Viáticos del primer trimestre de 2026 (prueba de resistencia " + n + ")");
                        }))
                        .check(status().saveAs("estado"), jsonPath("$.folio").optional().saveAs("folio")))
                .exec(session -> anotar(session, "presentar", 201));
    }

    private ScenarioBuilder seguir() {
        return scenario("seguir")
                .exec(session -> session.set("folio", folioAlAzar()))
                .exec(http("seguir").get(session -> "/api/seguimiento/" + session.getString("folio"))
                        .check(status().saveAs("estado")))
                .exec(session -> anotar(session, "seguir", 200));
    }

    /**
     * A folio acknowledged at least {@link #MADUREZ} ago: public tracking is a read model, a moment behind the
     * acuse, and a 404 for a folio it has not seen yet is not an error. Before the first such folio, one that does
     * not exist (its 404 is not counted).
     */
    private String folioAlAzar() {
        int n = Math.min(folios.size(), acusados.size());
        if (n == 0) {
            return "000000000000000";
        }
        int i = ThreadLocalRandom.current().nextInt(n);
        long limite = System.nanoTime() - MADUREZ.toNanos();
        while (i > 0 && acusados.get(i) > limite) {
            i /= 2;
        }
        return acusados.get(i) > limite ? "000000000000000" : folios.get(i);
    }

    private Session anotar(Session session, String peticion, int esperado) {
        int estado = session.contains("estado") ? session.getInt("estado") : 0;
        if (estado == esperado) {
            if (peticion.equals("presentar")) {
                registrarAcuse(session.getString("folio"));
            } else {
                seguidas.incrementAndGet();
            }
        } else if (!(peticion.equals("seguir") && estado == 404
                && "000000000000000".equals(session.getString("folio")))) {
            errores.computeIfAbsent(peticion + " HTTP " + estado, k -> new AtomicLong()).incrementAndGet();
        }
        return session.remove("estado").remove("folio").markAsSucceeded();
    }

    /** Both lists in step: a folio and the moment it was acknowledged. */
    private synchronized void registrarAcuse(String folio) {
        folios.add(folio);
        acusados.add(System.nanoTime());
    }

    @Override
    public void before() {
        plataforma.arrancar();
        ciudadana.token();
        admin.token();
        heapInicial = heapVivo();
        histogramaInicial = histograma("histograma-inicio.txt");
        inicio = System.nanoTime();
        reloj = Executors.newScheduledThreadPool(2);
        reloj.scheduleAtFixedRate(this::cambiarCalendario, cadaCambio.toSeconds(), cadaCambio.toSeconds(),
                TimeUnit.SECONDS);
        reloj.scheduleAtFixedRate(this::muestrear, 0, 60, TimeUnit.SECONDS);
        Registro.info("Resistencia: " + duracion.toSeconds() + " s, " + presentaciones + " presentaciones/s, "
                + seguimientos + " seguimientos/s, un día inhábil cada " + cadaCambio.toSeconds() + " s");
    }

    /** A weekday a week or more ahead, new each time, on the next calendar in turn: its open plazos move. */
    private void cambiarCalendario() {
        long n = siguienteFecha.getAndIncrement();
        LocalDate fecha = LocalDate.now().plusDays(7);
        for (long habiles = 0; habiles < n || fecha.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue(); ) {
            fecha = fecha.plusDays(1);
            if (fecha.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                habiles++;
            }
        }
        String calendario = CALENDARIOS.get((int) (n % CALENDARIOS.size()));
        ClienteApi.Respuesta respuesta = api.declararDiaInhabil(admin, calendario, fecha, "Prueba de resistencia",
                "ACUERDO/RESISTENCIA/" + n, LocalDate.now());
        cambios.add(segundo() + " s: " + calendario + " " + fecha + " -> HTTP " + respuesta.estado());
        if (respuesta.estado() != 201 && respuesta.estado() != 200) {
            errores.computeIfAbsent("día inhábil HTTP " + respuesta.estado(), k -> new AtomicLong()).incrementAndGet();
        }
    }

    private void muestrear() {
        try {
            muestras.add(new Muestra(segundo(), ultimaColeccion(), conexiones(), retraso(), folios.size(),
                    seguidas.get(), errores.values().stream().mapToLong(AtomicLong::get).sum()));
        } catch (RuntimeException e) {
            Registro.info("Muestra fallida: " + e);
        }
    }

    private long segundo() {
        return Duration.ofNanos(System.nanoTime() - inicio).toSeconds();
    }

    @Override
    public void after() {
        reloj.shutdownNow();
        muestrear();
        // The load is over: how long until every read model has every event.
        long espera = System.nanoTime();
        long retraso = retraso();
        while (retraso > 0 && System.nanoTime() - espera < Duration.ofMinutes(10).toNanos()) {
            Plataforma.dormir(Duration.ofSeconds(1));
            retraso = retraso();
        }
        Duration alcance = Duration.ofNanos(System.nanoTime() - espera);
        String heapFinal = heapVivo();
        histogramaFinal = histograma("histograma-fin.txt");
        int conexionesFinales = conexiones();
        plataforma.close();
        escribir(heapFinal, conexionesFinales, retraso, alcance);
    }

    /** Row of a class histogram: rank, instances, bytes, class name. */
    private static final Pattern FILA_DEL_HISTOGRAMA = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    /**
     * The live objects' bytes by class in the platform's JVM (the histogram collects first), the whole histogram
     * kept beside the report as {@code archivo}.
     */
    private Map<String, Long> histograma(String archivo) {
        String texto = jcmd("GC.class_histogram");
        try {
            Files.createDirectories(base.salida());
            Files.writeString(base.salida().resolve(archivo), texto, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> bytes = new java.util.HashMap<>();
        for (String linea : texto.split("\n")) {
            Matcher fila = FILA_DEL_HISTOGRAMA.matcher(linea);
            if (fila.find()) {
                bytes.merge(fila.group(2), Long.parseLong(fila.group(1)), Long::sum);
            }
        }
        return bytes;
    }

    /** Runs a diagnostic command in the platform's JVM; what it printed. */
    private String jcmd(String comando) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(plataforma.pid()), comando).redirectErrorStream(true).start();
            String salida = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(60, TimeUnit.SECONDS);
            return salida;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The classes whose live bytes grew most from the start to the end, as Markdown rows. */
    private String crecimiento(int cuantas) {
        StringBuilder filas = new StringBuilder("| class | live MB at the start | at the end |\n|---|---|---|\n");
        histogramaFinal.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, Long> e) ->
                        e.getValue() - histogramaInicial.getOrDefault(e.getKey(), 0L)).reversed())
                .limit(cuantas)
                .forEach(e -> filas.append("| `").append(e.getKey()).append("` | ")
                        .append(String.format(java.util.Locale.ROOT, "%.1f",
                                histogramaInicial.getOrDefault(e.getKey(), 0L) / 1_048_576.0))
                        .append(" | ").append(String.format(java.util.Locale.ROOT, "%.1f", e.getValue() / 1_048_576.0))
                        .append(" |\n"));
        return filas.toString();
    }

    /** Forces a full collection in the platform's JVM and reads what its GC log says was left. */
    private String heapVivo() {
        jcmd("GC.run");
        Plataforma.dormir(Duration.ofSeconds(1));
        try {
            Matcher completa = COMPLETA.matcher(Files.readString(gc, StandardCharsets.UTF_8));
            String vivo = "?";
            while (completa.find()) {
                vivo = completa.group(2) + " MB";
            }
            return vivo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String ultimaColeccion() {
        try {
            Matcher coleccion = COLECCION.matcher(Files.readString(gc, StandardCharsets.UTF_8));
            String ultima = "?";
            while (coleccion.find()) {
                ultima = coleccion.group(2) + " of " + coleccion.group(3) + " MB";
            }
            return ultima;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int conexiones() {
        try (Connection conexion = DriverManager.getConnection(plataforma.jdbcUrl(), "postgres", "");
             Statement sentencia = conexion.createStatement();
             ResultSet fila = sentencia.executeQuery("select count(*) from pg_stat_activity "
                     + "where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            fila.next();
            return fila.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events the slowest read model has still to process (the store's head minus its position). */
    private long retraso() {
        long cabeza;
        try (Connection conexion = DriverManager.getConnection(plataforma.jdbcUrl(), "postgres", "");
             Statement sentencia = conexion.createStatement();
             ResultSet fila = sentencia.executeQuery("select coalesce(max(global_index), 0) from domain_event_entry")) {
            fila.next();
            cabeza = fila.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Matcher posicion = POSICION.matcher(api.get("/api/admin/proyecciones", admin).cuerpo());
        long peor = 0;
        while (posicion.find()) {
            long p = posicion.group(1).equals("null") ? -1 : Long.parseLong(posicion.group(1));
            peor = Math.max(peor, cabeza - p);
        }
        return peor;
    }

    private void escribir(String heapFinal, int conexionesFinales, long retrasoFinal, Duration alcance) {
        StringBuilder md = new StringBuilder("# Soak run\n\n");
        md.append("- Load: ").append(duracion.toSeconds()).append(" s; ").append(presentaciones)
                .append(" presentations/s and ").append(seguimientos).append(" anonymous trackings/s (open models); ")
                .append("a día inhábil every ").append(cadaCambio.toSeconds()).append(" s on ")
                .append(String.join(", ", CALENDARIOS)).append(" in turn.\n");
        md.append("- Acknowledged presentations: ").append(folios.size()).append("; answered trackings: ")
                .append(seguidas.get()).append(".\n");
        md.append("- Live heap after a full collection (jcmd GC.run): ").append(heapInicial).append(" at the start, ")
                .append(heapFinal).append(" at the end.\n");
        md.append("- Connections to PostgreSQL at the end, load over: ").append(conexionesFinales).append(".\n");
        md.append("- After the load, every read model had every event in ").append(alcance.toSeconds())
                .append(" s (events still behind: ").append(retrasoFinal).append(").\n");
        md.append("- Unexpected answers: ").append(errores.isEmpty() ? "none" : errores.toString()).append(".\n\n");
        md.append("| s | heap after the latest collection | connections | events behind | presented | tracked "
                + "| errors |\n|---|---|---|---|---|---|---|\n");
        for (Muestra m : muestras) {
            md.append("| ").append(m.segundo()).append(" | ").append(m.heapTrasColeccion()).append(" | ")
                    .append(m.conexiones()).append(" | ").append(m.retraso()).append(" | ").append(m.presentadas())
                    .append(" | ").append(m.seguidas()).append(" | ").append(m.errores()).append(" |\n");
        }
        md.append("\nCalendar changes:\n\n");
        cambios.forEach(c -> md.append("- ").append(c).append('\n'));
        md.append("\nLive bytes that grew most (jcmd GC.class_histogram, kept as histograma-inicio.txt and "
                + "histograma-fin.txt):\n\n").append(crecimiento(15));
        try {
            Path destino = base.salida().resolve("resistencia.md");
            Files.createDirectories(destino.getParent());
            Files.writeString(destino, md, StandardCharsets.UTF_8);
            Registro.info("Resistencia escrita en " + destino + "\n" + md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
