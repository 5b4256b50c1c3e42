package mx.pnt.query;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Asks a read model for one optional answer without blocking the event loop (a local query bus runs the JPA
 * handler inside {@code query()}), and turns "none" into a Spanish 404 problem.
 */
@Component
public class ConsultaPublicada {

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
