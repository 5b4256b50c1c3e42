package mx.pnt.app.operacion;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;

/**
 * Where a streaming processor stands against the event store, as this instance sees it: a served read model's or a
 * rebuild's copies alike.
 *
 * @param posicion  the lowest position its segments have reached; null before the first event
 * @param enProceso the segments this instance is processing now
 * @param guardados the segments the token store has for it
 */
record AvanceDelProcesador(Long posicion, int enProceso, int guardados) {

    static AvanceDelProcesador de(StreamingEventProcessor procesador, JdbcTemplate jdbc) {
        Collection<EventTrackerStatus> segmentos = procesador.processingStatus().values();
        Integer guardados = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                Integer.class, procesador.getName());
        return new AvanceDelProcesador(posicion(segmentos), segmentos.size(), guardados == null ? 0 : guardados);
    }

    static Long posicion(Collection<EventTrackerStatus> segmentos) {
        if (segmentos.isEmpty()) {
            return null;
        }
        long minima = segmentos.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1L)).min().orElse(-1L);
        return minima < 0 ? null : minima;
    }

    /**
     * It has applied every event up to {@code cabeza}. Only claimed segments report a status, so every segment of
     * the token store must be processed here.
     */
    boolean enLaCabeza(long cabeza) {
        return enProceso > 0 && enProceso == guardados && (cabeza == 0 || (posicion != null && posicion >= cabeza));
    }
}
