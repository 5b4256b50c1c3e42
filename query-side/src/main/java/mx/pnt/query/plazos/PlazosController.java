package mx.pnt.query.plazos;

import mx.pnt.projections.plazos.PlazosDelExpediente;
import mx.pnt.projections.plazos.PlazosPorFolio;
import mx.pnt.query.ConsultaPublicada;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The running plazos of a folio with the proof of each deadline (Computo) and the history of its
 * recalculations. Public like the folio tracking: deadlines carry no personal data.
 */
@RestController
public class PlazosController {

    private final ConsultaPublicada consultas;

    public PlazosController(ConsultaPublicada consultas) {
        this.consultas = consultas;
    }

    @GetMapping("/api/plazos/{folio}")
    public Mono<PlazosDelExpediente> plazos(@PathVariable String folio) {
        return consultas.una(new PlazosPorFolio(folio), PlazosDelExpediente.class, "Folio no encontrado",
                "No hay plazos registrados para el folio " + folio + ".");
    }
}
