package mx.pnt.query.seguimiento;

import mx.pnt.projections.seguimiento.SeguimientoPorFolio;
import mx.pnt.projections.seguimiento.SeguimientoPublico;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;


/** Anonymous tracking of a folio: status and dates, no personal data. */
@RestController
@RequestMapping("/api/seguimiento")
public class SeguimientoController {

    private final QueryGateway consultas;

    public SeguimientoController(QueryGateway consultas) {
        this.consultas = consultas;
    }

    @GetMapping("/{folio}")
    public Mono<SeguimientoPublico> seguir(@PathVariable String folio) {
        // A local query bus runs the JPA handler inside query(): keep it off the event loop.
        return Mono.fromCallable(() -> consultas.query(new SeguimientoPorFolio(folio),
                        ResponseTypes.optionalInstanceOf(SeguimientoPublico.class)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture)
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> folioDesconocido(folio)));
    }

    private static ErrorResponseException folioDesconocido(String folio) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No existe una solicitud con el folio " + folio + ". Verifique los 15 dígitos del acuse de recibo.");
        problema.setTitle("Folio no encontrado");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problema, null);
    }
}
