package mx.pnt.query.recursos;

import mx.pnt.projections.recursos.BandejaDeRecursos;
import mx.pnt.projections.recursos.PaginaDeRecursos;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.query.PaginaPedida;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

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

    public BandejaDeRecursosController(ConsultaPublicada consultas, ActorDeConsulta actor) {
        this.consultas = consultas;
        this.actor = actor;
    }

    @GetMapping("/api/bandejas/recursos")
    public Mono<PaginaDeRecursos> bandeja(@RequestParam(defaultValue = "0") int pagina,
                                          @RequestParam(defaultValue = "20") int tamano,
                                          @RequestParam(required = false) String etapa,
                                          @RequestParam(required = false) String ponente) {
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
                .flatMap(a -> {
                    // A comisionado sees their own ponencia, whatever they ask.
                    String ponenteId = "COMISIONADO".equals(a.rol()) ? a.usuario() : ponente;
                    return consultas.siempre(new BandejaDeRecursos(a.garanteId(), ponenteId, etapa, pagina, tamano),
                            PaginaDeRecursos.class);
                });
    }
}
