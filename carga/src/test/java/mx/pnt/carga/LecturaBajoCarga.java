package mx.pnt.carga;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read side at the size the recomputation left (its seeded solicitudes, each with its plazo on the federal
 * garante's board): a full rebuild of every read model, in events per second, and the latency of the board and of
 * the public folio tracking, each alone and both at once.
 *
 * <ul>
 *     <li>Board: a closed model, {@code carga.lectura.clientes} clients as the federal garante's staff, each asking
 *     the next query as soon as the last one is answered, round the pages a garante's staff ask for: the most
 *     urgent page, the red ones, one sujeto obligado's solicitudes, a page further down.</li>
 *     <li>Tracking: an open model, {@code carga.lectura.tasa} anonymous requests per second for random seeded
 *     folios, sent on schedule whether or not the earlier ones were answered; each latency runs from the instant
 *     its request was due, so a platform that falls behind shows it (no coordinated omission).</li>
 * </ul>
 */
final class LecturaBajoCarga {

    private static final String GARANTE = "federal";
    private static final List<String> CONSULTAS_DEL_TABLERO = List.of(
            "/api/tableros/semaforos?tamano=20",
            "/api/tableros/semaforos?color=ROJO&tamano=20",
            "/api/tableros/semaforos?sujetoObligado=so-sep&clase=SOLICITUD&tamano=20",
            "/api/tableros/semaforos?pagina=10&tamano=20");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    /** A full rebuild of every read model: the events stored and the time until the last one swapped its tables. */
    record Reconstruccion(long eventos, Duration duracion, int grupos, int fallidas) {
        double eventosPorSegundo() {
            return duracion.isZero() ? Double.NaN : eventos * 1e9 / duracion.toNanos();
        }
    }

    record Resultado(long elementosDelTablero, Optional<Reconstruccion> reconstruccion, ResultadoDeNivel tablero,
                     ResultadoDeNivel seguimiento, ResultadoDeNivel tableroConSeguimiento,
                     ResultadoDeNivel seguimientoConTablero, int clientes, int tasa) {
    }

    private final Parametros parametros;
    private final Plataforma plataforma;
    private final List<String> folios;
    private final ClienteApi api;
    /** The tracking's open model sends asynchronously: a client of its own, its threads never hold the JVM. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4, tarea -> {
                Thread hilo = new Thread(tarea, "seguimiento-abierto");
                hilo.setDaemon(true);
                return hilo;
            })).build();

    LecturaBajoCarga(Parametros parametros, Plataforma plataforma, List<String> folios) {
        this.parametros = parametros;
        this.plataforma = plataforma;
        this.folios = List.copyOf(folios);
        this.api = new ClienteApi(plataforma.base());
    }

    /** Measures it; {@code uso} gives each phase its CPU. */
    Resultado medir(UsoDeCpu uso) {
        if (folios.isEmpty()) {
            throw new IllegalStateException("No hay folios sembrados que consultar");
        }
        ClienteApi.Sesion personal = api.sesion("garante", "garante-demo");
        ClienteApi.Sesion admin = api.sesion("admin", "admin-demo");
        long elementos = elementosDelTablero(personal);
        Registro.info("Tablero del garante " + GARANTE + ": " + elementos + " elementos; " + folios.size()
                + " folios para el seguimiento");
        Duration duracion = parametros.duracion();
        int clientes = parametros.lecturaClientes();
        int tasa = parametros.lecturaTasa();
        // Warm-up of both queries, then each alone, then both at once.
        tablero(personal, clientes, parametros.calentamiento());
        seguimiento(tasa, parametros.calentamiento());
        ResultadoDeNivel tablero = conCpu(uso, tablero(personal, clientes, duracion));
        informar("tablero", tablero);
        ResultadoDeNivel seguimiento = conCpu(uso, seguimiento(tasa, duracion));
        informar("seguimiento", seguimiento);
        CompletableFuture<ResultadoDeNivel> juntos = CompletableFuture.supplyAsync(() ->
                tablero(personal, clientes, duracion));
        ResultadoDeNivel seguimientoConTablero = seguimiento(tasa, duracion);
        ResultadoDeNivel tableroConSeguimiento = conCpu(uso, juntos.join());
        seguimientoConTablero = seguimientoConTablero.con(uso);
        informar("tablero con seguimiento", tableroConSeguimiento);
        informar("seguimiento con tablero", seguimientoConTablero);
        Optional<Reconstruccion> reconstruccion = parametros.lecturaReconstruccion()
                ? Optional.of(reconstruir(admin)) : Optional.empty();
        return new Resultado(elementos, reconstruccion, tablero, seguimiento, tableroConSeguimiento,
                seguimientoConTablero, clientes, tasa);
    }

    /** A sample after the phase, so its window has one on each side. */
    private static ResultadoDeNivel conCpu(UsoDeCpu uso, ResultadoDeNivel r) {
        uso.muestrear();
        return r.con(uso);
    }

    private static void informar(String que, ResultadoDeNivel r) {
        Registro.info(String.format("  %s: %.0f/s, p50 %.2f ms, p99 %.2f ms%s", que, r.porSegundo(), r.p50Ms(),
                r.p99Ms(), r.fallidas() > 0 ? ", fallos " + r.fallos() : ""));
    }

    private long elementosDelTablero(ClienteApi.Sesion personal) {
        ClienteApi.Respuesta r = api.get("/api/tableros/semaforos?tamano=1", personal);
        Matcher total = TOTAL.matcher(r.cuerpo());
        if (r.estado() != 200 || !total.find()) {
            throw new IllegalStateException("El tablero no respondió: " + r.estado() + " " + r.cuerpo());
        }
        return Long.parseLong(total.group(1));
    }

    /** Closed model: {@code clientes} threads, each sending its next query once the last one is answered. */
    private ResultadoDeNivel tablero(ClienteApi.Sesion personal, int clientes, Duration duracion) {
        Contador contador = new Contador(clientes);
        long fin = System.nanoTime() + duracion.toNanos();
        ExecutorService hilos = Executors.newFixedThreadPool(clientes);
        try {
            List<Future<?>> trabajos = new ArrayList<>();
            for (int c = 0; c < clientes; c++) {
                int cliente = c;
                trabajos.add(hilos.submit(() -> {
                    for (int n = cliente; System.nanoTime() < fin; n++) {
                        String ruta = CONSULTAS_DEL_TABLERO.get(n % CONSULTAS_DEL_TABLERO.size());
                        ClienteApi.Respuesta r = api.get(ruta, personal);
                        registrar(contador, r.estado(), r.enviadaNanos(), r.respondidaNanos());
                    }
                }));
            }
            for (Future<?> trabajo : trabajos) {
                trabajo.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("La medición del tablero falló", e);
        } finally {
            hilos.shutdownNow();
        }
        return contador.resultado();
    }

    /** Open model: one request every 1/tasa seconds, on schedule; latency from when it was due. */
    private ResultadoDeNivel seguimiento(int tasa, Duration duracion) {
        Contador contador = new Contador(tasa);
        SplittableRandom azar = new SplittableRandom(20261123L);
        long periodo = 1_000_000_000L / tasa;
        long total = duracion.toNanos() / periodo;
        long inicio = System.nanoTime();
        List<CompletableFuture<Void>> enVuelo = new ArrayList<>();
        for (long k = 0; k < total; k++) {
            long debida = inicio + k * periodo;
            long espera = debida - System.nanoTime();
            if (espera > 0) {
                dormirNanos(espera);
            }
            String folio = folios.get(azar.nextInt(folios.size()));
            HttpRequest peticion = HttpRequest.newBuilder(URI.create(plataforma.base() + "/api/seguimiento/"
                    + folio)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
            enVuelo.add(http.sendAsync(peticion, HttpResponse.BodyHandlers.ofString())
                    .handle((r, error) -> {
                        registrar(contador, error == null ? r.statusCode() : 0, debida, System.nanoTime());
                        return null;
                    }));
        }
        CompletableFuture.allOf(enVuelo.toArray(CompletableFuture[]::new)).join();
        return contador.resultado();
    }

    /** Status 0: no answer at all. */
    private static void registrar(Contador contador, int estado, long enviada, long respondida) {
        if (estado == 200) {
            contador.confirmada(enviada, respondida);
        } else {
            contador.fallida(estado == 0 ? "sin respuesta" : "HTTP " + estado, enviada, respondida);
        }
    }

    /**
     * Every read model rebuilt at once, beside the served tables, as an administrator asks it: from the request
     * until no group is rebuilding any more (polled every 100 ms).
     */
    private Reconstruccion reconstruir(ClienteApi.Sesion admin) {
        long eventos;
        try (AlmacenDeEventos almacen = new AlmacenDeEventos(plataforma.jdbcUrl())) {
            eventos = almacen.ultimoIndice();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Registro.info("Reconstruyendo todos los modelos de lectura sobre " + eventos + " eventos");
        long inicio = System.nanoTime();
        ClienteApi.Respuesta pedida = api.post("/api/admin/proyecciones/reconstruccion", admin);
        if (pedida.estado() != 202) {
            throw new IllegalStateException("La reconstrucción no se aceptó: " + pedida.estado() + " "
                    + pedida.cuerpo());
        }
        long limite = inicio + parametros.recalculoEspera().toNanos();
        while (System.nanoTime() < limite) {
            Plataforma.dormir(Duration.ofMillis(100));
            ClienteApi.Respuesta estados = api.get("/api/admin/proyecciones", admin);
            if (estados.estado() == 200 && !estados.cuerpo().contains("\"reconstruyendo\":true")) {
                Duration duracion = Duration.ofNanos(System.nanoTime() - inicio);
                int grupos = contar(estados.cuerpo(), "\"etapa\":\"");
                int fallidas = contar(estados.cuerpo(), "\"etapa\":\"FALLIDA\"");
                Reconstruccion hecha = new Reconstruccion(eventos, duracion, grupos, fallidas);
                Registro.info(String.format("  %d grupos reconstruidos en %s (%.0f eventos/s)%s", grupos,
                        Resumen.segundos(duracion), hecha.eventosPorSegundo(),
                        fallidas > 0 ? ", " + fallidas + " fallidos: " + estados.cuerpo() : ""));
                return hecha;
            }
        }
        throw new IllegalStateException("La reconstrucción no terminó en " + parametros.recalculoEspera());
    }

    private static int contar(String texto, String buscado) {
        int n = 0;
        for (int i = texto.indexOf(buscado); i >= 0; i = texto.indexOf(buscado, i + 1)) {
            n++;
        }
        return n;
    }

    private static void dormirNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
