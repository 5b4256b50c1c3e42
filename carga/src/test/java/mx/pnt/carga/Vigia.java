package mx.pnt.carga;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches, from outside, when the platform has finished reacting to an action: every event processor has reached
 * the last stored event, and its processes (JVM and PostgreSQL) have stopped using the CPU. It holds whatever the
 * platform does inside (sagas, processors, batches), so it survives rewrites of the command side.
 *
 * <p>Started right before the action: it samples the CPU every 100 ms from then on, so the end of the activity
 * is known even if it ended while the caller was busy counting events.
 */
final class Vigia implements AutoCloseable {

    private static final Duration MUESTRA = Duration.ofMillis(100);
    /** A sample using less than 30% of one core counts as idle (the idle platform uses a few percent). */
    private static final Duration CPU_OCUPADA = Duration.ofMillis(30);
    /** Ten idle samples in a row: one second of quiet. */
    private static final int MUESTRAS_EN_REPOSO = 10;

    /**
     * When the last busy sample ended: JVM and PostgreSQL together; the JVM alone (PostgreSQL's background work, such
     * as autovacuum, left out); the JVM without its JIT compilers (compilations of code warmed by earlier load left
     * out too). And the CPU used from the action until then, in all and by thread group.
     */
    record Reposo(Instant finDeLaActividad, Instant finDeLaActividadDeLaJvm, Instant finDeLaActividadSinJit,
                  Duration cpu, java.util.Map<String, Duration> cpuPorHilo) {
    }

    private final Plataforma plataforma;
    private final Duration cpuInicial;
    private final ScheduledExecutorService muestreo = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread hilo = new Thread(r, "vigia");
        hilo.setDaemon(true);
        return hilo;
    });
    private Duration anterior;
    private Duration anteriorDeLaJvm;
    private Duration cpuAlFin;
    private Instant finDeLaActividad = Instant.now();
    private Instant finDeLaActividadDeLaJvm = finDeLaActividad;
    private Instant finDeLaActividadSinJit = finDeLaActividad;
    private Duration anteriorSinJit;
    /** Each thread group's CPU when the watch started, to say who used it since (PostgreSQL as one group). */
    private final java.util.Map<String, Duration> porHiloInicial;
    private int enReposo;

    Vigia(Plataforma plataforma) {
        this.plataforma = plataforma;
        this.cpuInicial = plataforma.cpu();
        this.anterior = cpuInicial;
        this.anteriorDeLaJvm = plataforma.cpuDeLaJvm();
        this.anteriorSinJit = plataforma.cpuSinJit();
        this.porHiloInicial = plataforma.cpuPorHilo();
        this.cpuAlFin = cpuInicial;
        muestreo.scheduleAtFixedRate(this::muestrear, MUESTRA.toMillis(), MUESTRA.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void muestrear() {
        Duration laJvm = plataforma.cpuDeLaJvm();
        if (laJvm.minus(anteriorDeLaJvm).compareTo(CPU_OCUPADA) >= 0) {
            finDeLaActividadDeLaJvm = Instant.now();
        }
        anteriorDeLaJvm = laJvm;
        Duration sinJit = plataforma.cpuSinJit();
        if (sinJit.minus(anteriorSinJit).compareTo(CPU_OCUPADA) >= 0) {
            finDeLaActividadSinJit = Instant.now();
        }
        anteriorSinJit = sinJit;
        Duration ahora = plataforma.cpu();
        if (ahora.minus(anterior).compareTo(CPU_OCUPADA) >= 0) {
            finDeLaActividad = Instant.now();
            cpuAlFin = ahora;
            enReposo = 0;
        } else {
            enReposo++;
        }
        anterior = ahora;
    }

    /** Quiet now: idle CPU for a second and every processor past the last stored event. */
    boolean enReposo(AlmacenDeEventos almacen) {
        synchronized (this) {
            if (enReposo < MUESTRAS_EN_REPOSO) {
                return false;
            }
        }
        long ultimo = almacen.ultimoIndice();
        // A segment with nothing to handle may store its position a few seconds late: this is for waiting only.
        return almacen.posicionesDeProcesadores().values().stream().allMatch(posicion -> posicion >= ultimo);
    }

    synchronized Reposo reposo() {
        java.util.Map<String, Duration> porHilo = new java.util.TreeMap<>();
        plataforma.cpuPorHilo().forEach((grupo, cpu) -> {
            Duration usada = cpu.minus(porHiloInicial.getOrDefault(grupo, Duration.ZERO));
            if (!usada.isNegative() && !usada.isZero()) {
                porHilo.put(grupo, usada);
            }
        });
        return new Reposo(finDeLaActividad, finDeLaActividadDeLaJvm, finDeLaActividadSinJit,
                cpuAlFin.minus(cpuInicial), porHilo);
    }

    /** Empty if the platform was not quiet within {@code maximo}. */
    Optional<Reposo> esperar(AlmacenDeEventos almacen, Duration maximo) {
        long limite = System.nanoTime() + maximo.toNanos();
        while (System.nanoTime() < limite) {
            if (enReposo(almacen)) {
                return Optional.of(reposo());
            }
            Plataforma.dormir(Duration.ofMillis(200));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        muestreo.shutdownNow();
    }
}
