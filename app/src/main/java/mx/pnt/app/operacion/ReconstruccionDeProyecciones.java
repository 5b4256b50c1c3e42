package mx.pnt.app.operacion;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Resets a read model and replays the whole event store into it: its projector's reset handler empties its tables,
 * and its processor reads every event again from the first. Only read models (the projectors of
 * {@code mx.pnt.projections}): replaying a policy would send its commands again, and the command side's lookups are
 * kept in the events' own transaction.
 */
@Component
public class ReconstruccionDeProyecciones {

    private static final String PAQUETE_DE_PROYECCIONES = "mx.pnt.projections.";

    private final EventProcessingConfiguration procesamiento;
    private final ApplicationContext contexto;
    private final JdbcTemplate jdbc;
    private volatile List<String> grupos;

    public ReconstruccionDeProyecciones(EventProcessingConfiguration procesamiento, ApplicationContext contexto,
                                        JdbcTemplate jdbc) {
        this.procesamiento = procesamiento;
        this.contexto = contexto;
        this.jdbc = jdbc;
    }

    /**
     * Where a read model stands.
     *
     * @param posicion  the lowest position its segments have reached in the event store; null before the first
     * @param segmentosEnProceso the segments this instance is processing now, of {@code segmentos} in the token store
     * @param alDia     it has applied every event stored when asked, and no replay is running
     */
    public record EstadoDeProyeccion(String grupo, boolean enMarcha, boolean reconstruyendo, Long posicion,
                                     int segmentosEnProceso, int segmentos, boolean alDia) {
    }

    /** The read models' processing groups, sorted; found once, the beans do not change while the platform runs. */
    public List<String> grupos() {
        List<String> conocidos = grupos;
        if (conocidos == null) {
            TreeSet<String> encontrados = new TreeSet<>();
            for (Object bean : contexto.getBeansWithAnnotation(ProcessingGroup.class).values()) {
                Class<?> clase = AopUtils.getTargetClass(bean);
                if (clase.getName().startsWith(PAQUETE_DE_PROYECCIONES)) {
                    encontrados.add(clase.getAnnotation(ProcessingGroup.class).value());
                }
            }
            conocidos = List.copyOf(encontrados);
            grupos = conocidos;
        }
        return conocidos;
    }

    public List<EstadoDeProyeccion> estados(long cabeza) {
        return grupos().stream().map(grupo -> estado(grupo, cabeza)).toList();
    }

    /** Stops the processor at a clean token, resets it to the first event and starts it again. */
    public EstadoDeProyeccion reconstruir(String grupo, long cabeza) {
        StreamingEventProcessor procesador = procesador(grupo);
        procesador.shutdownAsync().join();
        procesador.resetTokens();
        procesador.start();
        return estado(grupo, cabeza);
    }

    private EstadoDeProyeccion estado(String grupo, long cabeza) {
        StreamingEventProcessor procesador = procesador(grupo);
        Collection<EventTrackerStatus> segmentos = procesador.processingStatus().values();
        Long posicion = segmentos.isEmpty() ? null : segmentos.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1L)).min().orElse(-1L);
        if (posicion != null && posicion < 0) {
            posicion = null;
        }
        boolean reconstruyendo = procesador.isReplaying();
        // Only claimed segments report a status: every segment of the processor must be there and at the head.
        Integer enElAlmacen = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                Integer.class, grupo);
        int existentes = enElAlmacen == null ? 0 : enElAlmacen;
        boolean alDia = procesador.isRunning() && !reconstruyendo && !segmentos.isEmpty()
                && segmentos.size() == existentes
                && (cabeza == 0 || (posicion != null && posicion >= cabeza));
        return new EstadoDeProyeccion(grupo, procesador.isRunning(), reconstruyendo, posicion, segmentos.size(),
                existentes, alDia);
    }

    private StreamingEventProcessor procesador(String grupo) {
        if (!grupos().contains(grupo)) {
            ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No hay un modelo de "
                    + "lectura " + grupo + ". Los modelos de lectura son: " + String.join(", ", grupos()) + ".");
            problema.setTitle("Modelo de lectura no encontrado");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problema, null);
        }
        return procesamiento.eventProcessor(grupo, StreamingEventProcessor.class).orElseThrow(() ->
                new IllegalStateException("El modelo de lectura " + grupo + " no tiene procesador de streaming"));
    }
}
