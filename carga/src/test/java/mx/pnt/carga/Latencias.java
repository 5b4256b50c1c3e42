package mx.pnt.carga;

import java.util.Arrays;

/**
 * Every latency of a level, in nanoseconds: at most some hundreds of thousands per level, so they are kept whole
 * and percentiles are exact (nearest rank) rather than estimated.
 */
final class Latencias {

    private long[] valores = new long[4096];
    private int cantidad;

    synchronized void registrar(long nanos) {
        if (cantidad == valores.length) {
            valores = Arrays.copyOf(valores, valores.length * 2);
        }
        valores[cantidad++] = nanos;
    }

    synchronized void agregar(Latencias otras) {
        long[] suyos = otras.copia();
        for (long valor : suyos) {
            registrar(valor);
        }
    }

    synchronized int cantidad() {
        return cantidad;
    }

    /** The p-th percentile (0 &lt; p &lt;= 100) in milliseconds, by nearest rank; NaN when empty. */
    double percentilMs(double p) {
        long[] ordenados = copia();
        if (ordenados.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(ordenados);
        int rango = (int) Math.ceil(p / 100.0 * ordenados.length);
        return ordenados[Math.max(0, rango - 1)] / 1_000_000.0;
    }

    private synchronized long[] copia() {
        return Arrays.copyOf(valores, cantidad);
    }
}
