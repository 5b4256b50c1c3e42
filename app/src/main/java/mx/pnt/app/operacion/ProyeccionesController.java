package mx.pnt.app.operacion;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * Operation of the read models: where each stands against the event store, and rebuilding one or all from the
 * first event. Administrators only (see SeguridadConfiguration).
 */
@RestController
@RequestMapping("/api/admin/proyecciones")
public class ProyeccionesController {

    private final ReconstruccionDeProyecciones reconstruccion;
    private final JdbcTemplate jdbc;

    public ProyeccionesController(ReconstruccionDeProyecciones reconstruccion, JdbcTemplate jdbc) {
        this.reconstruccion = reconstruccion;
        this.jdbc = jdbc;
    }

    @GetMapping
    public Mono<List<ReconstruccionDeProyecciones.EstadoDeProyeccion>> estados() {
        return bloqueante(() -> reconstruccion.estados(cabeza()));
    }

    /** Rebuilds every read model; each answers again once its processor has replayed the store. */
    @PostMapping("/reconstruccion")
    public Mono<List<ReconstruccionDeProyecciones.EstadoDeProyeccion>> reconstruirTodas() {
        return bloqueante(() -> {
            long cabeza = cabeza();
            return reconstruccion.grupos().stream().map(grupo -> reconstruccion.reconstruir(grupo, cabeza)).toList();
        });
    }

    @PostMapping("/{grupo}/reconstruccion")
    public Mono<ReconstruccionDeProyecciones.EstadoDeProyeccion> reconstruir(@PathVariable String grupo) {
        return bloqueante(() -> reconstruccion.reconstruir(grupo, cabeza()));
    }

    /** The last event stored: a read model at it has applied everything. */
    private long cabeza() {
        Long maxima = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return maxima == null ? 0 : maxima;
    }

    /** Stopping a processor waits for its threads, and the store is read through JDBC: off the event loop. */
    private static <T> Mono<T> bloqueante(java.util.concurrent.Callable<T> operacion) {
        return Mono.fromCallable(operacion).subscribeOn(Schedulers.boundedElastic());
    }
}
