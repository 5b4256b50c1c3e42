package mx.pnt.query.recursos;

import mx.pnt.projections.recursos.BandejaDeRecursos;
import mx.pnt.projections.recursos.CambioEnLosRecursos;
import mx.pnt.projections.recursos.PaginaDeRecursos;
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

import java.util.Set;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The boards of recursos: the garante's staff see every open recurso of their garante, the board of incoming
 * recursos (Septuagésimo séptimo), optionally one ponente's; a comisionado sees the bandeja of their ponencia only.
 * Most urgent first, with the plazo that runs now.
 */
@RestController
public class BandejaDeRecursosController {

    static final Set<String> ETAPAS = Set.of("REGISTRADO", "TURNADO", "PREVENIDO", "PREVENCION_DESAHOGADA",
            "ADMITIDO", "INSTRUCCION_CERRADA", "LISTADO", "DIFERIDO", "RESUELTO", "EN_CUMPLIMIENTO");

    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;
    private final Duration latido;

    public BandejaDeRecursosController(ConsultaPublicada consultas, ActorDeConsulta actor,
                                       @Value("${pnt.tablero.latido:PT15S}") Duration latido) {
        this.consultas = consultas;
        this.actor = actor;
        this.latido = latido;
    }

    @GetMapping("/api/bandejas/recursos")
    public Mono<PaginaDeRecursos> bandeja(@RequestParam(defaultValue = "0") int pagina,
                                          @RequestParam(defaultValue = "20") int tamano,
                                          @RequestParam(required = false) String etapa,
                                          @RequestParam(required = false) String ponente) {
        return pregunta(pagina, tamano, etapa, ponente).flatMap(p -> consultas.siempre(p, PaginaDeRecursos.class));
    }

    /**
     * The same board, live (server-sent events {@code recursos}): the page now, then again within
     * {@link ConsultaPublicada#REFRESCO} of each event that changes a recurso of the garante, with a heartbeat.
     */
    @GetMapping(value = "/api/bandejas/recursos", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<PaginaDeRecursos>> enVivo(@RequestParam(defaultValue = "0") int pagina,
                                                          @RequestParam(defaultValue = "20") int tamano,
                                                          @RequestParam(required = false) String etapa,
                                                          @RequestParam(required = false) String ponente) {
        return pregunta(pagina, tamano, etapa, ponente).flatMapMany(p -> ConsultaPublicada.comoEventos(
                consultas.enVivo(p, PaginaDeRecursos.class, CambioEnLosRecursos.class, ConsultaPublicada.REFRESCO),
                "recursos", latido));
    }

    private Mono<BandejaDeRecursos> pregunta(int pagina, int tamano, String etapa, String ponente) {
        var fuera = PaginaPedida.fueraDeRango(pagina, tamano, "recursos");
        if (fuera.isPresent()) {
            return Mono.error(fuera.get());
        }
        if (etapa != null && !ETAPAS.contains(etapa)) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Etapa no válida", "La etapa es una de: "
                    + String.join(", ", ETAPAS.stream().sorted().toList()) + "."));
        }
        return actor.actorActual()
                .filter(a -> a.garanteId() != null && ("GARANTE".equals(a.rol()) || "COMISIONADO".equals(a.rol())))
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.FORBIDDEN, "Sin permiso",
                        "La bandeja de recursos es del personal de un organismo garante y de sus comisionados.")))
                // A comisionado sees their own ponencia, whatever they ask.
                .map(a -> new BandejaDeRecursos(a.garanteId(), "COMISIONADO".equals(a.rol()) ? a.usuario() : ponente,
                        etapa, pagina, tamano));
    }
}
