package mx.pnt.query.bandeja;

import mx.pnt.projections.bandeja.BandejaDeUnidad;
import mx.pnt.projections.bandeja.CambioEnLaBandeja;
import mx.pnt.projections.bandeja.PaginaDeBandeja;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.query.PaginaPedida;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The bandeja of a Unidad de Transparencia: its own sujeto obligado's open solicitudes, most urgent first, with the
 * running plazo and what is expected next. Each Unidad sees its own only.
 */
@RestController
public class BandejaController {


    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;
    private final Duration latido;

    public BandejaController(ConsultaPublicada consultas, ActorDeConsulta actor,
                             @Value("${pnt.tablero.latido:PT15S}") Duration latido) {
        this.consultas = consultas;
        this.actor = actor;
        this.latido = latido;
    }

    @GetMapping("/api/bandejas/unidad-de-transparencia")
    public Mono<PaginaDeBandeja> bandeja(@RequestParam(defaultValue = "0") int pagina,
                                         @RequestParam(defaultValue = "20") int tamano) {
        return pregunta(pagina, tamano).flatMap(p -> consultas.siempre(p, PaginaDeBandeja.class));
    }

    /**
     * The same bandeja, live (server-sent events {@code bandeja}): the page now, then again within
     * {@link ConsultaPublicada#REFRESCO} of each event that changes one of its solicitudes, with a heartbeat.
     */
    @GetMapping(value = "/api/bandejas/unidad-de-transparencia", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<PaginaDeBandeja>> enVivo(@RequestParam(defaultValue = "0") int pagina,
                                                         @RequestParam(defaultValue = "20") int tamano) {
        // Validated and authorised before the stream starts, so a bad request is a problem, not a stream.
        return pregunta(pagina, tamano).flatMapMany(p -> ConsultaPublicada.comoEventos(
                consultas.enVivo(p, PaginaDeBandeja.class, CambioEnLaBandeja.class, ConsultaPublicada.REFRESCO),
                "bandeja", latido));
    }

    private Mono<BandejaDeUnidad> pregunta(int pagina, int tamano) {
        var fuera = PaginaPedida.fueraDeRango(pagina, tamano, "solicitudes");
        if (fuera.isPresent()) {
            return Mono.error(fuera.get());
        }
        return actor.actorActual()
                .filter(a -> "UNIDAD_TRANSPARENCIA".equals(a.rol()) && a.sujetoObligadoId() != null)
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.FORBIDDEN, "Sin permiso",
                        "La bandeja es de la Unidad de Transparencia de un sujeto obligado.")))
                .map(a -> new BandejaDeUnidad(a.sujetoObligadoId(), pagina, tamano));
    }
}
