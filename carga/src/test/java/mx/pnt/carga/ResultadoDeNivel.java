package mx.pnt.carga;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One concurrency level of one workload: how many operations were acknowledged in how long, their latencies,
 * every failure by cause (HTTP status, exception), which the summary shows instead of hiding, and the CPU used
 * meanwhile (which tells a CPU-bound level from one waiting on locks).
 *
 * @param inicioNanos {@link System#nanoTime()} when the first operation was sent
 * @param finNanos    {@link System#nanoTime()} when the last one was answered
 */
record ResultadoDeNivel(int clientes, long confirmadas, Map<String, Long> fallos, long inicioNanos, long finNanos,
                        double p50Ms, double p99Ms, Optional<UsoDeCpu.Uso> uso) {

    Duration transcurrido() {
        return Duration.ofNanos(Math.max(0, finNanos - inicioNanos));
    }

    double porSegundo() {
        long nanos = transcurrido().toNanos();
        return nanos == 0 ? 0 : confirmadas * 1e9 / nanos;
    }

    long fallidas() {
        return fallos.values().stream().mapToLong(Long::longValue).sum();
    }

    ResultadoDeNivel con(UsoDeCpu usoDeCpu) {
        return new ResultadoDeNivel(clientes, confirmadas, fallos, inicioNanos, finNanos, p50Ms, p99Ms,
                usoDeCpu.entre(inicioNanos, finNanos));
    }
}
