package mx.pnt.carga;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The platform as production runs it: the app's jar in a process of its own, on a fresh data folder with its
 * embedded PostgreSQL on a port chosen here, so the baseline and the event-store counts reach the same instance.
 */
final class Plataforma implements AutoCloseable {

    /** First start on an empty folder runs initdb, Flyway and the demo catalog: slow on a busy machine. */
    private static final Duration ARRANQUE_MAXIMO = Duration.ofMinutes(10);

    private final Parametros parametros;
    private final String nombre;
    private final Path datos;
    private final int puertoHttp;
    private final int puertoPostgres;
    private Process proceso;
    private Duration arranque;
    private Thread alApagar;

    private Plataforma(Parametros parametros, String nombre) {
        this.parametros = parametros;
        this.nombre = nombre;
        this.datos = parametros.salida().resolve("datos-" + nombre);
        this.puertoHttp = puertoLibre();
        this.puertoPostgres = puertoLibre();
    }

    /** Chooses ports and folder now (Gatling needs the base URL when the simulation is built); starts later. */
    static Plataforma preparar(Parametros parametros, String nombre) {
        return new Plataforma(parametros, nombre);
    }

    Plataforma arrancar() {
        try {
            borrar(datos);
            Files.createDirectories(datos);
            List<String> comando = new ArrayList<>();
            comando.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            comando.addAll(parametros.jvmPlataforma());
            comando.addAll(List.of("-jar", parametros.jar().toString(),
                    "--server.port=" + puertoHttp,
                    "--pnt.postgres-embebido.datos=" + datos.resolve("postgres"),
                    "--pnt.postgres-embebido.puerto=" + puertoPostgres,
                    "--pnt.seguridad.llave=" + datos.resolve("llave-jwt.bin")));
            comando.addAll(parametros.argumentosPlataforma());
            Path bitacora = bitacora();
            Registro.info("Arrancando la plataforma (" + nombre + ") en " + base() + "; bitácora en " + bitacora);
            long inicio = System.nanoTime();
            proceso = new ProcessBuilder(comando).directory(datos.toFile())
                    .redirectErrorStream(true).redirectOutput(bitacora.toFile()).start();
            // Ctrl-C on Maven must not leave the platform (and its PostgreSQL) running.
            alApagar = new Thread(this::detener, "detener-plataforma-" + nombre);
            Runtime.getRuntime().addShutdownHook(alApagar);
            esperarSalud();
            arranque = Duration.ofNanos(System.nanoTime() - inicio);
            Registro.info("Plataforma (" + nombre + ") lista en " + arranque.toSeconds() + " s; PostgreSQL en "
                    + jdbcUrl());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://localhost:" + puertoHttp;
    }

    /** The platform's JVM (for jcmd), once started. */
    long pid() {
        return proceso.pid();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + puertoPostgres + "/postgres";
    }

    /** The platform's console output (its log), kept after the run. */
    Path bitacora() {
        return parametros.salida().resolve("plataforma-" + nombre + ".log");
    }

    Duration arranque() {
        return arranque;
    }

    /**
     * CPU time used so far by the platform: its JVM and PostgreSQL (postmaster and backends, including backends
     * already gone, which their parent accounts for), from /proc; -1 where /proc is not available.
     */
    Duration cpu() {
        if (proceso == null || !Files.isDirectory(Path.of("/proc/self"))) {
            return Duration.ofNanos(-1);
        }
        long ticks = 0;
        for (ProcessHandle raiz : raices()) {
            ticks += ticksDe(raiz.pid());
            for (ProcessHandle hijo : raiz.descendants().toList()) {
                ticks += ticksDe(hijo.pid());
            }
        }
        return Duration.ofMillis(ticks * 1000 / Maquina.ticksPorSegundo());
    }

    /**
     * CPU time used so far by the platform's JVM threads other than its JIT compilers: the platform's own work, which
     * compilations of code warmed up by earlier load do not blur.
     */
    Duration cpuSinJit() {
        return cpuPorHilo().entrySet().stream()
                .filter(e -> !e.getKey().equals("JIT") && !e.getKey().equals("PostgreSQL"))
                .map(java.util.Map.Entry::getValue).reduce(Duration.ZERO, Duration::plus);
    }

    /** CPU time used so far by the platform's JVM alone (every thread), without PostgreSQL; -1 without /proc. */
    Duration cpuDeLaJvm() {
        if (proceso == null || !Files.isDirectory(Path.of("/proc/self"))) {
            return Duration.ofNanos(-1);
        }
        return Duration.ofMillis(ticksDe(proceso.pid()) * 1000 / Maquina.ticksPorSegundo());
    }

    /**
     * CPU time used so far by the platform's threads, grouped by name: the JVM's threads by pool (digits dropped;
     * Linux keeps 15 characters of a name, so "WorkPackage[rec" is the recalculation policy's event processor), its JIT
     * compilers as "JIT" (while they are busy the platform is not warm yet), and PostgreSQL's processes as one.
     * Threads already gone are missing, so the groups add up to a little less than {@link #cpu()}.
     */
    Map<String, Duration> cpuPorHilo() {
        Map<String, Long> ticks = new TreeMap<>();
        if (proceso == null) {
            return Map.of();
        }
        try (Stream<Path> hilos = Files.list(Path.of("/proc", Long.toString(proceso.pid()), "task"))) {
            for (Path hilo : hilos.toList()) {
                ticks.merge(grupo(leer(hilo.resolve("comm")).strip()), ticksDe(leer(hilo.resolve("stat")), false),
                        Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        postmaster().ifPresent(pg -> {
            long total = ticksDe(pg.pid());
            for (ProcessHandle backend : pg.descendants().toList()) {
                total += ticksDe(backend.pid());
            }
            ticks.put("PostgreSQL", total);
        });
        Map<String, Duration> cpu = new TreeMap<>();
        ticks.forEach((grupo, t) -> cpu.put(grupo, Duration.ofMillis(t * 1000 / Maquina.ticksPorSegundo())));
        return cpu;
    }

    static String grupo(String hilo) {
        if (hilo.startsWith("C1 Compiler") || hilo.startsWith("C2 Compiler")) {
            return "JIT";
        }
        String grupo = hilo.replaceAll("[-#\\s]*\\d+$", "").replaceAll("[-#\\s]+$", "");
        return grupo.isEmpty() ? hilo : grupo;
    }

    private static String leer(Path archivo) {
        try {
            return Files.readString(archivo);
        } catch (IOException e) {
            return ""; // the thread ended between listing and reading
        }
    }

    /**
     * The JVM and the postmaster. zonky starts PostgreSQL through pg_ctl, which exits once the server is up, so
     * the postmaster is no descendant of the JVM; its data folder names it.
     */
    private List<ProcessHandle> raices() {
        List<ProcessHandle> raices = new ArrayList<>();
        raices.add(proceso.toHandle());
        postmaster().ifPresent(raices::add);
        return raices;
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            Path pid = datos.resolve("postgres").resolve("postmaster.pid");
            if (!Files.isRegularFile(pid)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** utime + stime of the process, plus cutime + cstime: its children already ended and reaped. */
    private static long ticksDe(long pid) {
        return ticksDe(leer(Path.of("/proc", Long.toString(pid), "stat")), true);
    }

    /** @param conHijos add cutime + cstime (a thread's stat repeats its process's, so not for threads) */
    private static long ticksDe(String stat, boolean conHijos) {
        try {
            // Fields after the command name (which may hold spaces): utime, stime, cutime, cstime are 12th-15th.
            String[] campos = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long propios = Long.parseLong(campos[11]) + Long.parseLong(campos[12]);
            return conHijos ? propios + Long.parseLong(campos[13]) + Long.parseLong(campos[14]) : propios;
        } catch (RuntimeException e) {
            return 0; // the process ended between listing and reading
        }
    }

    private void esperarSalud() {
        HttpClient cliente = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest salud = HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long limite = System.nanoTime() + ARRANQUE_MAXIMO.toNanos();
        while (System.nanoTime() < limite) {
            if (!proceso.isAlive()) {
                throw new IllegalStateException("La plataforma (" + nombre + ") terminó al arrancar; vea "
                        + bitacora());
            }
            try {
                HttpResponse<String> respuesta = cliente.send(salud, HttpResponse.BodyHandlers.ofString());
                // Readiness stays OUT_OF_SERVICE until the demo catalog is in place.
                if (respuesta.statusCode() == 200 && respuesta.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            dormir(Duration.ofMillis(250));
        }
        throw new IllegalStateException("La plataforma (" + nombre + ") no estuvo lista en " + ARRANQUE_MAXIMO);
    }

    @Override
    public void close() {
        detener();
        if (alApagar != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(alApagar);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        if (!parametros.conservarDatos()) {
            borrar(datos);
        }
    }

    /** SIGTERM first: Spring closes the embedded PostgreSQL cleanly. Forced only if that hangs. */
    private synchronized void detener() {
        if (proceso == null || !proceso.isAlive()) {
            return;
        }
        List<ProcessHandle> nuestros = new ArrayList<>(proceso.descendants().toList());
        postmaster().ifPresent(nuestros::add);
        proceso.destroy();
        try {
            if (!proceso.waitFor(60, TimeUnit.SECONDS)) {
                proceso.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A forced stop leaves PostgreSQL behind; every process here was started for this platform.
        nuestros.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        Registro.info("Plataforma (" + nombre + ") detenida");
    }

    private static int puertoLibre() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void borrar(Path carpeta) {
        if (!Files.exists(carpeta)) {
            return;
        }
        try (Stream<Path> rutas = Files.walk(carpeta)) {
            for (Path ruta : rutas.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(ruta);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void dormir(Duration duracion) {
        try {
            Thread.sleep(duracion.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
