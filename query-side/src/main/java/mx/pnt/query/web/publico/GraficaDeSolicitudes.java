package mx.pnt.query.web.publico;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics' rows summed per period for the chart: solicitudes received, answered and answered on time. The
 * page hands it to Chart.js as a JSON data block (no inline script), and shows the same figures as a table for
 * those who do not see the chart.
 */
public record GraficaDeSolicitudes(List<String> periodos, List<Long> recibidas, List<Long> respondidas,
                                   List<Long> enTiempo) {

    static GraficaDeSolicitudes de(List<Map<String, Object>> filas) {
        TreeMap<String, long[]> porPeriodo = new TreeMap<>();
        for (Map<String, Object> fila : filas) {
            long[] suma = porPeriodo.computeIfAbsent(String.valueOf(fila.get("periodo")), p -> new long[3]);
            suma[0] += numero(fila.get("solicitudesRecibidas"));
            suma[1] += numero(fila.get("respondidas"));
            suma[2] += numero(fila.get("respondidasEnTiempo"));
        }
        List<String> periodos = new ArrayList<>();
        List<Long> recibidas = new ArrayList<>();
        List<Long> respondidas = new ArrayList<>();
        List<Long> enTiempo = new ArrayList<>();
        porPeriodo.forEach((periodo, suma) -> {
            periodos.add(periodo);
            recibidas.add(suma[0]);
            respondidas.add(suma[1]);
            enTiempo.add(suma[2]);
        });
        return new GraficaDeSolicitudes(periodos, recibidas, respondidas, enTiempo);
    }

    private static long numero(Object valor) {
        return valor instanceof Number n ? n.longValue() : 0;
    }
}
