package mx.pnt.carga;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * CPU use sampled every 250 ms while a platform runs: its own processes (JVM and PostgreSQL) and the whole
 * machine's (the load generator and anything else running). Over a level this says whether the CPU was the
 * limit: a level far below the machine's cores is waiting on something else (locks, commits).
 */
final class UsoDeCpu implements AutoCloseable {

    private static final Duration MUESTRA = Duration.ofMillis(250);

    /**
     * Average cores busy over a window: the platform's processes, the whole machine, and the platform's by thread
     * group (see {@link Plataforma#cpuPorHilo()}).
     */
    record Uso(double plataforma, double maquina, Map<String, Double> porGrupo) {

        double jit() {
            return porGrupo.getOrDefault("JIT", 0.0);
        }
    }

    private record Muestra(long nanos, Duration plataforma, Map<String, Duration> porGrupo, long maquinaOcupada,
                           long maquinaTotal) {
    }

    private final Plataforma plataforma;
    private final List<Muestra> muestras = new ArrayList<>();
    private final ScheduledExecutorService muestreo = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread hilo = new Thread(r, "uso-de-cpu");
        hilo.setDaemon(true);
        return hilo;
    });

    UsoDeCpu(Plataforma plataforma) {
        this.plataforma = plataforma;
        muestreo.scheduleAtFixedRate(this::muestrear, 0, MUESTRA.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Also called once more at the end, so the last level has a sample after it. */
    void muestrear() {
        long[] maquina = maquina();
        Muestra muestra = new Muestra(System.nanoTime(), plataforma.cpu(), plataforma.cpuPorHilo(), maquina[0],
                maquina[1]);
        synchronized (muestras) {
            muestras.add(muestra);
        }
    }

    /** Average use between two {@link System#nanoTime()} instants, from the samples around them. */
    Optional<Uso> entre(long inicio, long fin) {
        Muestra antes = null;
        Muestra despues = null;
        synchronized (muestras) {
            for (Muestra m : muestras) {
                if (m.nanos() <= inicio) {
                    antes = m;
                }
                if (m.nanos() >= fin && despues == null) {
                    despues = m;
                }
            }
        }
        if (antes == null || despues == null || despues.nanos() <= antes.nanos()
                || antes.plataforma().isNegative() || despues.maquinaTotal() <= antes.maquinaTotal()) {
            return Optional.empty();
        }
        double segundos = (despues.nanos() - antes.nanos()) / 1e9;
        double plataformaNucleos = despues.plataforma().minus(antes.plataforma()).toNanos() / 1e9 / segundos;
        Map<String, Double> porGrupo = new HashMap<>();
        Muestra primera = antes;
        despues.porGrupo().forEach((grupo, cpu) -> {
            double nucleos = cpu.minus(primera.porGrupo().getOrDefault(grupo, Duration.ZERO)).toNanos() / 1e9
                    / segundos;
            if (nucleos > 0) {
                porGrupo.put(grupo, nucleos);
            }
        });
        double maquinaNucleos = (double) (despues.maquinaOcupada() - antes.maquinaOcupada())
                / (despues.maquinaTotal() - antes.maquinaTotal()) * Runtime.getRuntime().availableProcessors();
        return Optional.of(new Uso(plataformaNucleos, maquinaNucleos, porGrupo));
    }

    /** Busy and total ticks of all CPUs since boot, from /proc/stat (idle and iowait count as not busy). */
    private static long[] maquina() {
        try {
            String[] campos = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < campos.length && i <= 8; i++) {
                total += Long.parseLong(campos[i]);
            }
            long ociosa = Long.parseLong(campos[4]) + Long.parseLong(campos[5]);
            return new long[]{total - ociosa, total};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    @Override
    public void close() {
        muestreo.shutdownNow();
    }
}
