package mx.pnt.query.particular;

import mx.pnt.projections.particular.FoliosDelParticular;
import mx.pnt.projections.particular.PaginaDeFolios;
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
 * A solicitante's own folios, newest first: the solicitudes the account presented and the recursos it filed. Each
 * account sees its own only; the folio's status is its public tracking.
 */
@RestController
public class BandejaDelSolicitanteController {


    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;

    public BandejaDelSolicitanteController(ConsultaPublicada consultas, ActorDeConsulta actor) {
        this.consultas = consultas;
        this.actor = actor;
    }

    @GetMapping("/api/bandejas/solicitante")
    public Mono<PaginaDeFolios> bandeja(@RequestParam(defaultValue = "0") int pagina,
                                        @RequestParam(defaultValue = "20") int tamano) {
        var fuera = PaginaPedida.fueraDeRango(pagina, tamano, "folios");
        if (fuera.isPresent()) {
            return Mono.error(fuera.get());
        }
        return actor.actorActual()
                .filter(a -> "SOLICITANTE".equals(a.rol()))
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.FORBIDDEN, "Sin permiso",
                        "La bandeja es de la persona solicitante: sus propios folios.")))
                .flatMap(a -> consultas.siempre(new FoliosDelParticular(a.usuario(), pagina, tamano),
                        PaginaDeFolios.class));
    }
}
