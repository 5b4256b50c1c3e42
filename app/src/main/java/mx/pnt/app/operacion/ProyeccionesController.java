package mx.pnt.app.operacion;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * Operation of the read models: where each stands against the event store, and rebuilding one or all from the
 * first event while the platform keeps serving the current tables. Administrators only (see SeguridadConfiguration).
 */
@RestController
@RequestMapping("/api/admin/proyecciones")
public class ProyeccionesController {

    private final ReconstruccionDeProyecciones reconstruccion;

    public ProyeccionesController(ReconstruccionDeProyecciones reconstruccion) {
        this.reconstruccion = reconstruccion;
    }

    @GetMapping
    public Mono<List<ReconstruccionDeProyecciones.EstadoDeProyeccion>> estados() {
        return bloqueante(() -> reconstruccion.estados(reconstruccion.cabeza()));
    }

    /**
     * Starts rebuilding every read model that is not being rebuilt already (202), together: the store is read once
     * for all of them. Each keeps serving its tables until the copies replace them, all at once.
     */
    @PostMapping("/reconstruccion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<List<ReconstruccionDeProyecciones.EstadoDeProyeccion>> reconstruirTodas() {
        return bloqueante(reconstruccion::reconstruirTodas);
    }

    /** Starts rebuilding one read model (202); 409 while it is being rebuilt already. */
    @PostMapping("/{grupo}/reconstruccion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<ReconstruccionDeProyecciones.EstadoDeProyeccion> reconstruir(@PathVariable String grupo) {
        return bloqueante(() -> reconstruccion.reconstruir(grupo));
    }

    /** Stopping a processor waits for its threads, and the store is read through JDBC: off the event loop. */
    private static <T> Mono<T> bloqueante(java.util.concurrent.Callable<T> operacion) {
        return Mono.fromCallable(operacion).subscribeOn(Schedulers.boundedElastic());
    }
}
