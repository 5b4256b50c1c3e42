package mx.pnt.carga;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts one level as it runs, from many threads: acknowledged operations with their latencies, failures by
 * cause, and the window from the first operation sent to the last one answered (the rate's denominator).
 */
final class Contador {

    private final int clientes;
    private final Latencias latencias = new Latencias();
    private final LongAdder confirmadas = new LongAdder();
    private final Map<String, LongAdder> fallos = new ConcurrentHashMap<>();
    private final AtomicLong primerEnvio = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong ultimaRespuesta = new AtomicLong(Long.MIN_VALUE);

    Contador(int clientes) {
        this.clientes = clientes;
    }

    void confirmada(long enviadaNanos, long respondidaNanos) {
        ventana(enviadaNanos, respondidaNanos);
        confirmadas.increment();
        latencias.registrar(respondidaNanos - enviadaNanos);
    }

    void fallida(String causa, long enviadaNanos, long respondidaNanos) {
        ventana(enviadaNanos, respondidaNanos);
        fallos.computeIfAbsent(causa, c -> new LongAdder()).increment();
    }

    /** Adds what one thread counted on its own (the baseline counts per thread, free of contention). */
    void agregar(Contador otro) {
        ventana(otro.primerEnvio.get(), otro.ultimaRespuesta.get());
        confirmadas.add(otro.confirmadas.sum());
        otro.fallos.forEach((causa, n) -> fallos.computeIfAbsent(causa, c -> new LongAdder()).add(n.sum()));
        latencias.agregar(otro.latencias);
    }

    private void ventana(long enviada, long respondida) {
        primerEnvio.accumulateAndGet(enviada, Math::min);
        ultimaRespuesta.accumulateAndGet(respondida, Math::max);
    }

    ResultadoDeNivel resultado() {
        Map<String, Long> porCausa = new TreeMap<>();
        fallos.forEach((causa, n) -> porCausa.put(causa, n.sum()));
        boolean vacio = primerEnvio.get() == Long.MAX_VALUE;
        return new ResultadoDeNivel(clientes, confirmadas.sum(), porCausa, vacio ? 0 : primerEnvio.get(),
                vacio ? 0 : ultimaRespuesta.get(), latencias.percentilMs(50), latencias.percentilMs(99),
                Optional.empty());
    }
}
