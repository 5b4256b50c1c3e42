package mx.pnt.query.bandeja;

import mx.pnt.projections.bandeja.BandejaDeUnidad;
import mx.pnt.projections.bandeja.PaginaDeBandeja;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.query.PaginaPedida;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The bandeja of a Unidad de Transparencia: its own sujeto obligado's open solicitudes, most urgent first, with the
 * running plazo and what is expected next. Each Unidad sees its own only.
 */
@RestController
public class BandejaController {


    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;

    public BandejaController(ConsultaPublicada consultas, ActorDeConsulta actor) {
        this.consultas = consultas;
        this.actor = actor;
    }

    @GetMapping("/api/bandejas/unidad-de-transparencia")
    public Mono<PaginaDeBandeja> bandeja(@RequestParam(defaultValue = "0") int pagina,
                                         @RequestParam(defaultValue = "20") int tamano) {
        var fuera = PaginaPedida.fueraDeRango(pagina, tamano, "solicitudes");
        if (fuera.isPresent()) {
            return Mono.error(fuera.get());
        }
        return actor.actorActual()
                .filter(a -> "UNIDAD_TRANSPARENCIA".equals(a.rol()) && a.sujetoObligadoId() != null)
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.FORBIDDEN, "Sin permiso",
                        "La bandeja es de la Unidad de Transparencia de un sujeto obligado.")))
                .flatMap(a -> consultas.siempre(new BandejaDeUnidad(a.sujetoObligadoId(), pagina, tamano),
                        PaginaDeBandeja.class));
    }
}
