package mx.pnt.query.seguimiento;

import mx.pnt.projections.seguimiento.LecturaDelSeguimiento;
import mx.pnt.projections.seguimiento.SeguimientoPublico;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * Anonymous tracking of a folio: status and dates, no personal data. The platform's most frequent request reads its
 * one statement directly (off the event loop), not through the query bus: the bus would wrap that statement in a
 * transaction and a unit of work of its own, which cost more than the read (docs/performance.md).
 */
@RestController
@RequestMapping("/api/seguimiento")
public class SeguimientoController {

    private final LecturaDelSeguimiento lectura;

    public SeguimientoController(LecturaDelSeguimiento lectura) {
        this.lectura = lectura;
    }

    @GetMapping("/{folio}")
    public Mono<SeguimientoPublico> seguir(@PathVariable String folio) {
        return Mono.fromCallable(() -> lectura.leer(folio))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.NOT_FOUND, "Folio no encontrado",
                        "No existe una solicitud con el folio " + folio + ". Verifique los 15 dígitos del acuse de "
                                + "recibo.")));
    }
}
