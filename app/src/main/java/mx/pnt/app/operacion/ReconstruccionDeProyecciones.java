package mx.pnt.app.operacion;

import jakarta.annotation.PreDestroy;
import mx.pnt.projections.lectura.ModeloDeLectura;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds read models from the event store while the platform keeps serving them (see ReconstruccionEnSombra): a
 * read model's projector replays every event into copies of its tables, which replace the served ones at once when
 * they have caught up. Only read models (the projectors that name their tables, {@link ModeloDeLectura}): replaying a
 * policy would send its commands again, and the command side's lookups are kept in the events' own transaction.
 */
@Component
public class ReconstruccionDeProyecciones {

    private static final Logger LOG = LoggerFactory.getLogger(ReconstruccionDeProyecciones.class);

    /** How often a running rebuild is checked: how soon after catching up its copies serve. */
    private static final long REVISION_MS = 200;

    private final EventProcessingConfiguration procesamiento;
    private final ApplicationContext contexto;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<ReconstruccionEnSombra.Plataforma> plataforma;
    private final Map<String, ReconstruccionEnSombra> ultimas = new ConcurrentHashMap<>();
    private final ScheduledExecutorService vigilante = Executors.newSingleThreadScheduledExecutor(tarea -> {
        Thread hilo = new Thread(tarea, "reconstruccion-vigilante");
        hilo.setDaemon(true);
        return hilo;
    });
    private volatile Map<String, ModeloDeLectura> modelos;

    public ReconstruccionDeProyecciones(EventProcessingConfiguration procesamiento, ApplicationContext contexto,
                                        JdbcTemplate jdbc,
                                        ObjectProvider<ReconstruccionEnSombra.Plataforma> plataforma) {
        this.procesamiento = procesamiento;
        this.contexto = contexto;
        this.jdbc = jdbc;
        this.plataforma = plataforma;
        vigilante.scheduleWithFixedDelay(this::revisar, REVISION_MS, REVISION_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Where a read model stands.
     *
     * @param posicion  the lowest position its segments have reached in the event store; null before the first
     * @param segmentosEnProceso the segments this instance is processing now, of {@code segmentos} in the token store
     * @param segmentosEnOtrasInstancias the segments other instances of the platform hold
     * @param alDia     it has applied every event stored when asked, and no rebuild of it is running
     * @param reconstruccion its latest rebuild since the platform started, null when none
     */
    public record EstadoDeProyeccion(String grupo, boolean enMarcha, boolean reconstruyendo, Long posicion,
                                     int segmentosEnProceso, int segmentosEnOtrasInstancias, int segmentos,
                                     boolean alDia,
                                     ReconstruccionEnSombra.Estado reconstruccion) {
    }

    /** The read models' processing groups, sorted. */
    public List<String> grupos() {
        return List.copyOf(modelos().keySet());
    }

    /** Found once: the beans do not change while the platform runs. */
    private Map<String, ModeloDeLectura> modelos() {
        Map<String, ModeloDeLectura> conocidos = modelos;
        if (conocidos == null) {
            TreeMap<String, ModeloDeLectura> encontrados = new TreeMap<>();
            for (ModeloDeLectura modelo : contexto.getBeansOfType(ModeloDeLectura.class).values()) {
                ProcessingGroup grupo = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(modelo),
                        ProcessingGroup.class);
                if (grupo != null) {
                    encontrados.put(grupo.value(), modelo);
                }
            }
            conocidos = Collections.unmodifiableMap(encontrados);
            modelos = conocidos;
        }
        return conocidos;
    }

    /** Every table a read model writes, by group. */
    public Map<String, List<String>> tablas() {
        Map<String, List<String>> tablas = new TreeMap<>();
        modelos().forEach((grupo, modelo) -> tablas.put(grupo, modelo.tablas()));
        return tablas;
    }

    public List<EstadoDeProyeccion> estados(long cabeza) {
        return grupos().stream().map(grupo -> estado(grupo, cabeza)).toList();
    }

    public EstadoDeProyeccion estado(String grupo) {
        return estado(grupo, cabeza());
    }

    /**
     * Starts rebuilding a read model beside the served one and answers at once; the copies replace the served
     * tables when they have caught up. A second request while one runs is refused (409).
     */
    public EstadoDeProyeccion reconstruir(String grupo) {
        procesador(grupo);
        synchronized (this) {
            if (reconstruyendose(grupo)) {
                throw ocupada(grupo);
            }
            try {
                iniciar(List.of(grupo));
            } catch (ReconstruccionEnSombra.ReconstruccionOcupada otraInstancia) {
                throw ocupada(grupo);
            }
        }
        return estado(grupo);
    }

    /**
     * Starts rebuilding, together, every read model that no rebuild holds (here or in another instance), and answers
     * at once: one processor reads the store once for all of them, and they change over together. The others are
     * left to the rebuild that holds them and answer as they stand.
     */
    public List<EstadoDeProyeccion> reconstruirTodas() {
        synchronized (this) {
            List<String> libres = grupos().stream().filter(grupo -> !reconstruyendose(grupo)).toList();
            if (!libres.isEmpty()) {
                try {
                    iniciar(libres);
                } catch (ReconstruccionEnSombra.ReconstruccionOcupada enOtraInstancia) {
                    LOG.info("Los modelos de lectura {} ya se reconstruyen en otra instancia", libres);
                }
            }
        }
        return estados(cabeza());
    }

    private boolean reconstruyendose(String grupo) {
        ReconstruccionEnSombra anterior = ultimas.get(grupo);
        return anterior != null && anterior.enCurso();
    }

    /** Registered under the groups it took: a group another rebuild holds keeps its last state. */
    private void iniciar(List<String> grupos) {
        ReconstruccionEnSombra nueva = new ReconstruccionEnSombra(grupos.stream().map(grupo -> {
            ModeloDeLectura modelo = modelos().get(grupo);
            return new ReconstruccionEnSombra.Modelo(grupo, modelo, modelo.tablas());
        }).toList(), plataforma.getObject());
        try {
            nueva.iniciar();
        } catch (ReconstruccionEnSombra.ReconstruccionOcupada ocupada) {
            throw ocupada;
        } catch (SQLException | RuntimeException error) {
            // Reported in its state, like a failure while it builds.
            LOG.debug("La reconstrucción de {} no pudo iniciar", grupos, error);
        }
        nueva.grupos().forEach(grupo -> ultimas.put(grupo, nueva));
    }

    private static ErrorResponseException ocupada(String grupo) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "El modelo de lectura "
                + grupo + " ya se está reconstruyendo. Consulte su avance en /api/admin/proyecciones.");
        problema.setTitle("Reconstrucción en curso");
        return new ErrorResponseException(HttpStatus.CONFLICT, problema, null);
    }

    private void revisar() {
        try {
            List<ReconstruccionEnSombra> enCurso = ultimas.values().stream().filter(ReconstruccionEnSombra::enCurso)
                    .distinct().toList();
            if (enCurso.isEmpty()) {
                return;
            }
            long cabeza = cabeza();
            for (ReconstruccionEnSombra reconstruccion : enCurso) {
                reconstruccion.revisar(cabeza, this::procesador);
            }
        } catch (RuntimeException error) {
            // The next round tries again; a rebuild's own failures are in its state.
            LOG.warn("Revisión de reconstrucciones fallida: {}", error.getMessage());
        }
    }

    /** The last event stored: a read model at it has applied everything. */
    public long cabeza() {
        Long maxima = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return maxima == null ? 0 : maxima;
    }

    @PreDestroy
    void detener() {
        vigilante.shutdownNow();
        ultimas.values().stream().distinct().forEach(ReconstruccionEnSombra::detener);
    }

    private EstadoDeProyeccion estado(String grupo, long cabeza) {
        StreamingEventProcessor procesador = procesador(grupo);
        AvanceDelProcesador avance = AvanceDelProcesador.de(procesador, jdbc,
                plataforma.getObject().axon().serializer());
        ReconstruccionEnSombra ultima = ultimas.get(grupo);
        boolean reconstruyendo = ultima != null && ultima.enCurso();
        boolean alDia = procesador.isRunning() && !reconstruyendo && avance.enLaCabeza(cabeza);
        return new EstadoDeProyeccion(grupo, procesador.isRunning(), reconstruyendo, avance.posicion(),
                avance.enProceso(), avance.enOtrasInstancias(), avance.guardados(), alDia, ultima == null ? null : ultima.estado());
    }

    private StreamingEventProcessor procesador(String grupo) {
        if (!modelos().containsKey(grupo)) {
            ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No hay un modelo de "
                    + "lectura " + grupo + ". Los modelos de lectura son: " + String.join(", ", grupos()) + ".");
            problema.setTitle("Modelo de lectura no encontrado");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problema, null);
        }
        return procesamiento.eventProcessor(grupo, StreamingEventProcessor.class).orElseThrow(() ->
                new IllegalStateException("El modelo de lectura " + grupo + " no tiene procesador de streaming"));
    }
}
