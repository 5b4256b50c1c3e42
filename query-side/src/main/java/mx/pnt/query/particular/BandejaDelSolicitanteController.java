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
import mx.pnt.projections.particular.CambioEnLosFolios;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
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

    private final java.time.Duration latido;

    public BandejaDelSolicitanteController(ConsultaPublicada consultas, ActorDeConsulta actor,
                                           @org.springframework.beans.factory.annotation.Value(
                                                   "${pnt.tablero.latido:PT15S}") java.time.Duration latido) {
        this.consultas = consultas;
        this.actor = actor;
        this.latido = latido;
    }

    @GetMapping("/api/bandejas/solicitante")
    public Mono<PaginaDeFolios> bandeja(@RequestParam(defaultValue = "0") int pagina,
                                        @RequestParam(defaultValue = "20") int tamano) {
        return pregunta(pagina, tamano).flatMap(p -> consultas.siempre(p, PaginaDeFolios.class));
    }

    /**
     * The same folios, live (server-sent events {@code folios}): the page now, then again when a folio of the person
     * enters it (a recurso filed for them on paper, a solicitud presented from another device), with a heartbeat.
     */
    @GetMapping(value = "/api/bandejas/solicitante", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<PaginaDeFolios>> enVivo(@RequestParam(defaultValue = "0") int pagina,
                                                        @RequestParam(defaultValue = "20") int tamano) {
        // Validated and authorised before the stream starts, so a bad request is a problem, not a stream.
        return pregunta(pagina, tamano).flatMapMany(p -> ConsultaPublicada.comoEventos(
                consultas.enVivo(p, PaginaDeFolios.class, CambioEnLosFolios.class, ConsultaPublicada.REFRESCO),
                "folios", latido));
    }

    private Mono<FoliosDelParticular> pregunta(int pagina, int tamano) {
        var fuera = PaginaPedida.fueraDeRango(pagina, tamano, "folios");
        if (fuera.isPresent()) {
            return Mono.error(fuera.get());
        }
        return actor.actorActual()
                .filter(a -> "SOLICITANTE".equals(a.rol()))
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.FORBIDDEN, "Sin permiso",
                        "La bandeja es de la persona solicitante: sus propios folios.")))
                .map(a -> new FoliosDelParticular(a.usuario(), pagina, tamano));
    }
}
