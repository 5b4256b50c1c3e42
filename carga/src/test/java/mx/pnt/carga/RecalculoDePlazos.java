package mx.pnt.carga;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * A día inhábil declared on a calendar with many open solicitudes: how fast every affected deadline is recomputed
 * (each one is a PlazoRecalculado event in the record), and what a change that affects none costs.
 *
 * <p>On a platform of its own, so that the presentation levels' solicitudes do not add to the calendar: it seeds
 * the solicitudes over HTTP, waits until the platform is quiet, then declares the two changes one after the other.
 */
final class RecalculoDePlazos {

    static final String CALENDARIO = "garante:federal";
    /** The federal garante's zone in the demo catalog: "today" for dates and agreements. */
    private static final ZoneId ZONA = ZoneId.of("America/Mexico_City");
    private static final Duration AVISO = Duration.ofSeconds(15);

    /**
     * @param eventos events the seeding appended to the store (acknowledged commands and whatever followed them)
     * @param folios  the seeded solicitudes, for the read side's measurement
     */
    record Siembra(int solicitadas, int clientes, ResultadoDeNivel resultado, LocalDate ultimaRecepcion,
                   LocalDate primerVencimiento, LocalDate ultimoVencimiento, Optional<Duration> reposoTrasSiembra,
                   long eventos, List<String> folios) {

        /** Events appended per second while the solicitudes were presented. */
        double eventosPorSegundo() {
            long nanos = resultado.transcurrido().toNanos();
            return nanos == 0 ? Double.NaN : eventos * 1e9 / nanos;
        }
    }

    /**
     * One calendar change: the command's latency, the recomputations it caused (expected and stored), the time
     * from the command to the last one stored, and the time until the platform was quiet again. {@code mantenimiento}
     * is the database's maintenance run right before it, if any ({@link AlmacenDeEventos#mantener}).
     */
    record Cambio(LocalDate fecha, Duration comando, long esperados, long recalculados,
                  Optional<Duration> hastaElUltimoRecalculo, Optional<Duration> hastaElReposo,
                  Optional<Duration> hastaElReposoDeLaJvm, Optional<Duration> hastaElReposoSinJit,
                  Optional<Duration> cpu, Optional<Duration> mantenimiento) {

        Cambio trasMantenimiento(Duration duracion) {
            return new Cambio(fecha, comando, esperados, recalculados, hastaElUltimoRecalculo, hastaElReposo,
                    hastaElReposoDeLaJvm, hastaElReposoSinJit, cpu, Optional.of(duracion));
        }

        double recalculosPorSegundo() {
            return hastaElUltimoRecalculo.filter(d -> !d.isZero())
                    .map(d -> recalculados * 1e9 / d.toNanos()).orElse(Double.NaN);
        }
    }

    /**
     * {@code sinEfecto} is the first change that touches no plazo, which also pays the JIT compilation of the paths
     * such a change takes; {@code sinEfectoOtraVez} is the next one, the change's own cost on a platform that has
     * seen one before.
     */
    record Cambios(Cambio queAfecta, Cambio sinEfecto, Cambio sinEfectoOtraVez) {
    }

    /** {@code cambios} is empty when the run only seeds (carga.recalculo.cambios=false: the read side at size). */
    record Resultado(Siembra siembra, Optional<Cambios> cambios) {
    }

    private final Parametros parametros;
    private final Plataforma plataforma;
    private final ClienteApi api;
    private final String acuerdo = "ACT-CARGA/" + System.currentTimeMillis();

    RecalculoDePlazos(Parametros parametros, Plataforma plataforma) {
        this.parametros = parametros;
        this.plataforma = plataforma;
        this.api = new ClienteApi(plataforma.base());
    }

    Resultado medir() {
        try (AlmacenDeEventos almacen = new AlmacenDeEventos(plataforma.jdbcUrl())) {
            Siembra siembra = sembrar(almacen);
            if (!parametros.recalculoCambios()) {
                Registro.info("Sin cambios de calendario (carga.recalculo.cambios=false)");
                return new Resultado(siembra, Optional.empty());
            }
            ClienteApi.Sesion admin = api.sesion("admin", "admin-demo");
            Cambio queAfecta = declararQueAfecta(almacen, admin, siembra);
            LocalDate fueraDeTodoPlazo = siembra.ultimoVencimiento().plusDays(60);
            Cambio sinEfecto = declararSinEfecto(almacen, admin, fueraDeTodoPlazo);
            // The same kind of change again, from the day after (declaring the same day again would be refused).
            Cambio sinEfectoOtraVez = declararSinEfecto(almacen, admin, sinEfecto.fecha().plusDays(1));
            return new Resultado(siembra, Optional.of(new Cambios(queAfecta, sinEfecto, sinEfectoOtraVez)));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Siembra sembrar(AlmacenDeEventos almacen) {
        int total = parametros.recalculoSolicitudes();
        int clientes = parametros.recalculoClientes();
        List<String> sujetos = parametros.recalculoSujetos();
        ClienteApi.Sesion ciudadana = api.sesion("ciudadana", "ciudadana-demo");
        AtomicReference<LocalDate> ultimaRecepcion = new AtomicReference<>(LocalDate.MIN);
        AtomicReference<LocalDate> primerVencimiento = new AtomicReference<>(LocalDate.MAX);
        AtomicReference<LocalDate> ultimoVencimiento = new AtomicReference<>(LocalDate.MIN);
        Contador contador = new Contador(clientes);
        java.util.Queue<String> folios = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long eventosAntes = almacen.ultimoIndice();
        Registro.info("Sembrando " + total + " solicitudes abiertas en " + CALENDARIO + " (" + sujetos + ") con "
                + clientes + " clientes");
        try (Vigia vigia = new Vigia(plataforma)) {
            enParalelo(total, clientes, i -> {
                ClienteApi.Respuesta r = api.presentar(ciudadana, sujetos.get(i % sujetos.size()),
                        "Solicitud sembrada " + i + " para medir el recalculo de plazos");
                if (r.estado() == 201) {
                    contador.confirmada(r.enviadaNanos(), r.respondidaNanos());
                    r.campo("folio").ifPresent(folios::add);
                    r.campo("fechaDeRecepcionLegal").map(LocalDate::parse)
                            .ifPresent(f -> ultimaRecepcion.accumulateAndGet(f, RecalculoDePlazos::max));
                    r.campo("vencimientoDeRespuesta").map(LocalDate::parse).ifPresent(f -> {
                        primerVencimiento.accumulateAndGet(f, RecalculoDePlazos::min);
                        ultimoVencimiento.accumulateAndGet(f, RecalculoDePlazos::max);
                    });
                } else {
                    contador.fallida(causa(r), r.enviadaNanos(), r.respondidaNanos());
                }
            });
            Instant finDeLaSiembra = Instant.now();
            long eventos = almacen.ultimoIndice() - eventosAntes;
            ResultadoDeNivel resultado = contador.resultado();
            if (resultado.confirmadas() == 0) {
                throw new IllegalStateException("Ninguna solicitud sembrada fue aceptada: " + resultado.fallos());
            }
            Registro.info(String.format("Sembradas %d (%.0f/s, p50 %.1f ms, p99 %.1f ms)%s; esperando el reposo",
                    resultado.confirmadas(), resultado.porSegundo(), resultado.p50Ms(), resultado.p99Ms(),
                    resultado.fallidas() > 0 ? ", fallos " + resultado.fallos() : ""));
            // Sagas and read models catch up after the last acuse; the changes are measured from a quiet platform.
            Optional<Duration> reposo = vigia.esperar(almacen, parametros.recalculoEspera())
                    .map(r -> nuncaNegativa(Duration.between(finDeLaSiembra, r.finDeLaActividad())));
            return new Siembra(total, clientes, resultado, ultimaRecepcion.get(), primerVencimiento.get(),
                    ultimoVencimiento.get(), reposo, eventos, List.copyOf(folios));
        }
    }

    /** Runs tasks 0..total-1 on that many client threads, each taking the next as soon as it is done. */
    private void enParalelo(int total, int clientes, IntConsumer tarea) {
        AtomicInteger siguiente = new AtomicInteger();
        ExecutorService hilos = Executors.newFixedThreadPool(clientes);
        try {
            List<Future<?>> trabajos = new ArrayList<>();
            for (int c = 0; c < clientes; c++) {
                trabajos.add(hilos.submit(() -> {
                    for (int i = siguiente.getAndIncrement(); i < total; i = siguiente.getAndIncrement()) {
                        tarea.accept(i);
                    }
                }));
            }
            long inicio = System.nanoTime();
            for (Future<?> trabajo : trabajos) {
                while (true) {
                    try {
                        trabajo.get(AVISO.toMillis(), TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        avisar(inicio, Math.min(siguiente.get(), total), total);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("La siembra falló", e.getCause());
        } finally {
            hilos.shutdownNow();
        }
    }

    private void avisar(long inicio, int hechas, int total) {
        double segundos = (System.nanoTime() - inicio) / 1e9;
        Registro.info(String.format("  %d de %d presentadas (%.0f/s)", hechas, total, hechas / segundos));
    }

    /** A weekday strictly inside every seeded plazo: after the last legal reception, before the first deadline. */
    private Cambio declararQueAfecta(AlmacenDeEventos almacen, ClienteApi.Sesion admin, Siembra siembra) {
        LocalDate desde = max(siembra.ultimaRecepcion(), LocalDate.now(ZONA)).plusDays(1);
        long esperados = siembra.resultado().confirmadas();
        return declarar(almacen, admin, desde, siembra.primerVencimiento().minusDays(1), esperados,
                "Día inhábil de prueba de carga (afecta los plazos en curso)");
    }

    /** A weekday from {@code desde}, well after every deadline (even after they moved): it crosses no running plazo. */
    private Cambio declararSinEfecto(AlmacenDeEventos almacen, ClienteApi.Sesion admin, LocalDate desde) {
        // The recomputations just before left every updated table's old rows to vacuum: done first, or autovacuum
        // may start inside this change's window and count as its cost (4 and 7 s in the run of record at 4ffd1db).
        Duration mantenimiento = almacen.mantener();
        Registro.info("Base de datos mantenida (vacuum analyze) en " + mantenimiento.toMillis() + " ms");
        return declarar(almacen, admin, desde, desde.plusDays(60), 0,
                "Día inhábil de prueba de carga (fuera de todo plazo en curso)").trasMantenimiento(mantenimiento);
    }

    private Cambio declarar(AlmacenDeEventos almacen, ClienteApi.Sesion admin, LocalDate desde, LocalDate hasta,
                            long esperados, String motivo) {
        for (LocalDate fecha = desde; !fecha.isAfter(hasta); fecha = fecha.plusDays(1)) {
            if (fecha.getDayOfWeek() == DayOfWeek.SATURDAY || fecha.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            admin.token(); // a renewal must not count in the command's latency
            long antes = almacen.ultimoIndice();
            try (Vigia vigia = new Vigia(plataforma)) {
                Instant inicio = Instant.now();
                ClienteApi.Respuesta r = api.declararDiaInhabil(admin, CALENDARIO, fecha, motivo, acuerdo,
                        LocalDate.now(ZONA));
                if (r.estado() == 409 && r.campo("codigo").filter("dia-ya-inhabil"::equals).isPresent()) {
                    continue; // already inhábil in the demo calendar: the next weekday
                }
                if (r.estado() != 200) {
                    throw new IllegalStateException("Declaración del " + fecha + " rechazada: " + r.estado() + " "
                            + r.cuerpo());
                }
                Registro.info("Declarado inhábil el " + fecha + " en " + CALENDARIO + " ("
                        + r.latencia().toMillis() + " ms); esperados " + esperados + " PlazoRecalculado");
                return medirEfecto(almacen, vigia, fecha, r.latencia(), antes, inicio, esperados);
            }
        }
        throw new IllegalStateException("Ningún día hábil entre " + desde + " y " + hasta + " pudo declararse");
    }

    private Cambio medirEfecto(AlmacenDeEventos almacen, Vigia vigia, LocalDate fecha, Duration comando,
                               long antes, Instant inicio, long esperados) {
        long limite = System.nanoTime() + parametros.recalculoEspera().toNanos();
        long recalculados = 0;
        long ultimoAviso = System.nanoTime();
        // Until all are stored, or the platform is quiet without them (lost ones would never come).
        while (recalculados < esperados && System.nanoTime() < limite && !vigia.enReposo(almacen)) {
            Plataforma.dormir(Duration.ofMillis(250));
            recalculados = almacen.contarDesde(antes, AlmacenDeEventos.PLAZO_RECALCULADO);
            if (System.nanoTime() - ultimoAviso > AVISO.toNanos()) {
                ultimoAviso = System.nanoTime();
                Registro.info("  " + recalculados + " de " + esperados + " PlazoRecalculado");
            }
        }
        Optional<Vigia.Reposo> reposo = vigia.esperar(almacen, Duration.ofNanos(
                Math.max(limite - System.nanoTime(), Duration.ofMinutes(1).toNanos())));
        // Counted again once quiet: a change that should affect none must not have produced any late.
        recalculados = almacen.contarDesde(antes, AlmacenDeEventos.PLAZO_RECALCULADO);
        Optional<Duration> hastaElUltimo = recalculados == 0 ? Optional.empty()
                : almacen.ultimoInstanteDesde(antes, AlmacenDeEventos.PLAZO_RECALCULADO)
                .map(ultimo -> nuncaNegativa(Duration.between(inicio, ultimo)));
        Cambio cambio = new Cambio(fecha, comando, esperados, recalculados, hastaElUltimo,
                reposo.map(r -> nuncaNegativa(Duration.between(inicio, r.finDeLaActividad()))),
                reposo.map(r -> nuncaNegativa(Duration.between(inicio, r.finDeLaActividadDeLaJvm()))),
                reposo.map(r -> nuncaNegativa(Duration.between(inicio, r.finDeLaActividadSinJit()))),
                reposo.map(Vigia.Reposo::cpu), Optional.empty());
        Registro.info(String.format("  %d de %d PlazoRecalculado (%.0f/s); reposo a los %s (la JVM sola: %s; sin "
                        + "JIT: %s), CPU %s", recalculados, esperados, cambio.recalculosPorSegundo(),
                cambio.hastaElReposo().map(Resumen::segundos).orElse("?"),
                cambio.hastaElReposoDeLaJvm().map(Resumen::segundos).orElse("?"),
                cambio.hastaElReposoSinJit().map(Resumen::segundos).orElse("?"),
                cambio.cpu().map(Resumen::segundos).orElse("?")));
        reposo.ifPresent(r -> Registro.info("  CPU por hilos hasta el reposo: " + r.cpuPorHilo().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Duration>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
                .collect(java.util.stream.Collectors.joining(", "))));
        return cambio;
    }

    private static String causa(ClienteApi.Respuesta r) {
        return r.estado() == 0 ? "sin respuesta" : "HTTP " + r.estado() + r.campo("codigo").map(c -> " " + c)
                .orElse("");
    }

    private static Duration nuncaNegativa(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
