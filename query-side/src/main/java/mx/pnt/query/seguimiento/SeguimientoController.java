package mx.pnt.query.seguimiento;

import mx.pnt.projections.seguimiento.SeguimientoPorFolio;
import mx.pnt.projections.seguimiento.SeguimientoPublico;
import mx.pnt.query.ConsultaPublicada;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Anonymous tracking of a folio: status and dates, no personal data. */
@RestController
@RequestMapping("/api/seguimiento")
public class SeguimientoController {

    private final ConsultaPublicada consultas;

    public SeguimientoController(ConsultaPublicada consultas) {
        this.consultas = consultas;
    }

    @GetMapping("/{folio}")
    public Mono<SeguimientoPublico> seguir(@PathVariable String folio) {
        return consultas.una(new SeguimientoPorFolio(folio), SeguimientoPublico.class, "Folio no encontrado",
                "No existe una solicitud con el folio " + folio + ". Verifique los 15 dígitos del acuse de recibo.");
    }
}
