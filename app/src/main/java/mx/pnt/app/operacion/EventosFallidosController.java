package mx.pnt.app.operacion;

import mx.pnt.command.actor.ResolutorDeActor;
import mx.pnt.events.MetadatosDelActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/**
 * Operation of the read models' dead-letter queues: which events a projector could not apply, retrying them once
 * the cause is fixed, and discarding one with a stated reason. Administrators only (see SeguridadConfiguration).
 */
@RestController
@RequestMapping("/api/admin/eventos-fallidos")
public class EventosFallidosController {

    private static final int LIMITE_POR_OMISION = 100;
    private static final int LIMITE_MAXIMO = 1000;
    private static final int LARGO_MAXIMO_DEL_MOTIVO = 1000;

    private final ColaDeFallidos cola;
    private final ResolutorDeActor actores;

    public EventosFallidosController(ColaDeFallidos cola, ResolutorDeActor actores) {
        this.cola = cola;
        this.actores = actores;
    }

    public record MotivoDeDescarte(String motivo) {
    }

    /** Counts of every group (or of {@code grupo}) and its parked events, sequence by sequence, in order. */
    @GetMapping
    public Mono<ColaDeFallidos.EventosFallidos> listar(@RequestParam(required = false) String grupo,
                                                      @RequestParam(required = false) Integer limite) {
        int maximo = limite == null ? LIMITE_POR_OMISION : limite;
        if (maximo < 1 || maximo > LIMITE_MAXIMO) {
            return Mono.error(malFormada("limite-fuera-de-rango",
                    "El parámetro limite va de 1 a " + LIMITE_MAXIMO + " (" + LIMITE_POR_OMISION + " si se omite)."));
        }
        String elegido = grupo == null || grupo.isBlank() ? null : grupo.strip();
        return fueraDelEventLoop(() -> cola.listar(elegido, maximo));
    }

    /** Retries every parked sequence of the group; answers how many were resolved and how many events applied. */
    @PostMapping("/{grupo}/reintento")
    public Mono<ColaDeFallidos.ResultadoDeReintento> reintentarGrupo(@PathVariable String grupo) {
        return fueraDelEventLoop(() -> cola.reintentarGrupo(grupo));
    }

    /** Retries one sequence (an aggregate's parked events), from its first event. */
    @PostMapping("/{grupo}/secuencias/{secuencia}/reintento")
    public Mono<ColaDeFallidos.ResultadoDeReintento> reintentarSecuencia(@PathVariable String grupo,
                                                                         @PathVariable String secuencia) {
        return fueraDelEventLoop(() -> cola.reintentarSecuencia(grupo, secuencia));
    }

    /** Removes one parked event for good; the reason is required and is logged with the administrator's name. */
    @DeleteMapping(path = "/{grupo}/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Mono<ColaDeFallidos.Descarte> descartar(@PathVariable String grupo, @PathVariable String id,
                                                   @RequestBody MotivoDeDescarte cuerpo) {
        String motivo = cuerpo.motivo() == null ? "" : cuerpo.motivo().strip();
        if (motivo.isEmpty() || motivo.length() > LARGO_MAXIMO_DEL_MOTIVO) {
            return Mono.error(sinMotivo());
        }
        return actores.actorActual().map(MetadatosDelActor::usuario).defaultIfEmpty("sin identificar")
                .flatMap(usuario -> fueraDelEventLoop(() -> cola.descartar(grupo, id, motivo, usuario)));
    }

    /**
     * A DELETE without a JSON body has no reason. A separate mapping, so that it is told what is missing rather
     * than refused for its content type.
     */
    @DeleteMapping("/{grupo}/{id}")
    public Mono<ColaDeFallidos.Descarte> descartarSinMotivo(@PathVariable String grupo, @PathVariable String id) {
        return Mono.error(sinMotivo());
    }

    private static ErrorResponseException sinMotivo() {
        return malFormada("motivo-requerido", "Indique en un cuerpo JSON {\"motivo\": \"...\"} por qué se descarta "
                + "el evento (hasta " + LARGO_MAXIMO_DEL_MOTIVO + " caracteres): su modelo de lectura no lo aplicará "
                + "nunca y el motivo queda en la bitácora.");
    }

    /** The queues live in PostgreSQL behind JPA, and retrying runs the projectors: all of it blocks. */
    private static <T> Mono<T> fueraDelEventLoop(Callable<T> operacion) {
        return Mono.fromCallable(operacion).subscribeOn(Schedulers.boundedElastic());
    }

    private static ErrorResponseException malFormada(String codigo, String detalle) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detalle);
        problema.setTitle("Solicitud mal formada");
        problema.setProperty("codigo", codigo);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problema, null);
    }
}
