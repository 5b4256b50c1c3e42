package mx.pnt.app.operacion;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a streaming processor stands against the event store, over every instance of the platform: the segments
 * this instance processes report their live position, the ones another instance holds the position it last stored
 * (one batch or a few seconds behind at most). A served read model's or a rebuild's copies alike.
 *
 * @param posicion          the lowest position its segments have reached; null before the first event
 * @param enProceso         the segments this instance is processing now
 * @param enOtrasInstancias the segments another instance holds (a claim in the token store)
 * @param guardados         the segments the token store has for it
 */
record AvanceDelProcesador(Long posicion, int enProceso, int enOtrasInstancias, int guardados) {

    static AvanceDelProcesador de(StreamingEventProcessor procesador, JdbcTemplate jdbc, Serializer serializador) {
        Map<Integer, EventTrackerStatus> propios = procesador.processingStatus();
        List<Long> posiciones = new ArrayList<>();
        propios.values().forEach(estado -> posiciones.add(estado.getCurrentPosition().orElse(-1L)));
        int[] ajenosYGuardados = new int[2];
        jdbc.query("select segment, owner, token, token_type from token_entry where processor_name = ?", fila -> {
            ajenosYGuardados[1]++;
            if (!propios.containsKey(fila.getInt(1)) && fila.getString(2) != null) {
                ajenosYGuardados[0]++;
                posiciones.add(posicionGuardada(fila.getBytes(3), fila.getString(4), serializador));
            }
        }, procesador.getName());
        return new AvanceDelProcesador(posicion(posiciones), propios.size(), ajenosYGuardados[0], ajenosYGuardados[1]);
    }

    /** The position of a stored token; -1 for none (a segment that has seen no event). */
    private static long posicionGuardada(byte[] token, String tipo, Serializer serializador) {
        TrackingToken guardado = TokenGuardado.leer(token, tipo, serializador);
        return guardado == null ? -1L : guardado.position().orElse(-1L);
    }

    static Long posicionDe(Collection<EventTrackerStatus> segmentos) {
        return posicion(segmentos.stream().map(s -> s.getCurrentPosition().orElse(-1L)).toList());
    }

    private static Long posicion(Collection<Long> posiciones) {
        if (posiciones.isEmpty()) {
            return null;
        }
        long minima = posiciones.stream().mapToLong(Long::longValue).min().orElse(-1L);
        return minima < 0 ? null : minima;
    }

    /**
     * It has applied every event up to {@code cabeza}: every segment of the token store is processed here or by
     * another instance, and the slowest has reached it.
     */
    boolean enLaCabeza(long cabeza) {
        int procesados = enProceso + enOtrasInstancias;
        return procesados > 0 && procesados == guardados
                && (cabeza == 0 || (posicion != null && posicion >= cabeza));
    }
}
