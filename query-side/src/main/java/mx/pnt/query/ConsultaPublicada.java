package mx.pnt.query;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/**
 * Asks a read model for one optional answer without blocking the event loop (a local query bus runs the JPA
 * handler inside {@code query()}), and turns "none" into a Spanish 404 problem.
 */
@Component
public class ConsultaPublicada {

    /** A live read model reads its page again at most this often: a burst of events gives one refresh. */
    public static final Duration REFRESCO = Duration.ofMillis(250);

    private final QueryGateway consultas;

    public ConsultaPublicada(QueryGateway consultas) {
        this.consultas = consultas;
    }

    /** A read model that always answers (a page, possibly empty). */
    public <R> Mono<R> siempre(Object consulta, Class<R> tipo) {
        return Mono.fromCallable(() -> consultas.query(consulta, ResponseTypes.instanceOf(tipo)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture);
    }

    public <R> Mono<java.util.List<R>> varias(Object consulta, Class<R> tipo) {
        return Mono.fromCallable(() -> consultas.query(consulta, ResponseTypes.multipleInstancesOf(tipo)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture);
    }

    /**
     * A read model kept open: its answer now, then again after each update its projector emits, at most one per
     * {@code intervalo} (a burst of events gives one refresh, the latest). The subscription is cancelled with the
     * stream. Blocking reads run off the event loop.
     */
    public <R> Flux<R> enVivo(Object consulta, Class<R> tipo, Class<?> aviso, Duration intervalo) {
        return Flux.using(() -> consultas.subscriptionQuery(consulta, ResponseTypes.instanceOf(tipo),
                                ResponseTypes.instanceOf(aviso)),
                        suscripcion -> suscripcion.initialResult().concatWith(suscripcion.updates()
                                .sample(intervalo).concatMap(cambio -> siempre(consulta, tipo))),
                        SubscriptionQueryResult::cancel)
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * A live read model as server-sent events named {@code evento}, with a comment every {@code latido} so that
     * proxies keep the connection open and a client sees it is alive.
     */
    public static <R> Flux<ServerSentEvent<R>> comoEventos(Flux<R> paginas, String evento, Duration latido) {
        return Flux.merge(paginas.map(pagina -> ServerSentEvent.builder(pagina).event(evento).build()),
                Flux.interval(latido).map(i -> ServerSentEvent.<R>builder().comment("latido").build()));
    }

    public <R> Mono<R> una(Object consulta, Class<R> tipo, String tituloSiNoExiste, String detalleSiNoExiste) {
        return Mono.fromCallable(() -> consultas.query(consulta, ResponseTypes.optionalInstanceOf(tipo)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture)
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.NOT_FOUND, tituloSiNoExiste, detalleSiNoExiste)));
    }

    /** A Spanish problem+json answer of the read side (not found, a page out of range, a board of another role). */
    public static ErrorResponseException problema(HttpStatus status, String titulo, String detalle) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(status, detalle);
        problema.setTitle(titulo);
        return new ErrorResponseException(status, problema, null);
    }
}
