package mx.pnt.query.reconducciones;

import mx.pnt.projections.reconducciones.HistoriaDeReconducciones;
import mx.pnt.projections.reconducciones.HistoriaDelRecurso;
import mx.pnt.projections.reconducciones.PasoDeReconduccion;
import mx.pnt.projections.reconducciones.ReconduccionesDelGarante;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import mx.pnt.query.FechasDeConsulta;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * Reconducción histories (Septuagésimo noveno, Octogésimo primero): of one recurso, and of a garante's recursos in a
 * period. The garante's staff and comisionados read their own garante's; auditors and the administration any.
 */
@RestController
public class ReconduccionesController {


    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;

    public ReconduccionesController(ConsultaPublicada consultas, ActorDeConsulta actor) {
        this.consultas = consultas;
        this.actor = actor;
    }

    @GetMapping("/api/recursos/{folio}/reconducciones")
    public Mono<HistoriaDelRecurso> historia(@PathVariable String folio) {
        return actor.actorActual().switchIfEmpty(Mono.error(ReconduccionesController::sinPermiso))
                .flatMap(a -> consultas.una(new HistoriaDeReconducciones(folio), HistoriaDelRecurso.class,
                                "Recurso no encontrado", noEncontrado(folio))
                        // Another garante's recurso is answered as unknown: its existence is not disclosed.
                        .filter(h -> a.leeTodo() || a.esDelGarante(h.garanteId()))
                        .switchIfEmpty(Mono.error(() -> problema(HttpStatus.NOT_FOUND, "Recurso no encontrado",
                                noEncontrado(folio)))));
    }

    @GetMapping("/api/reconducciones")
    public Mono<List<PasoDeReconduccion>> delGarante(@RequestParam(required = false) String garante,
                                                     @RequestParam LocalDate desde, @RequestParam LocalDate hasta) {
        String fueraDeRango = FechasDeConsulta.fueraDeRango("desde", desde)
                + FechasDeConsulta.fueraDeRango("hasta", hasta);
        if (!fueraDeRango.isEmpty()) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Periodo no válido", fueraDeRango.trim()));
        }
        if (hasta.isBefore(desde)) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Periodo no válido", "La fecha hasta ("
                    + hasta + ") es anterior a la fecha desde (" + desde + ")."));
        }
        return actor.actorActual().switchIfEmpty(Mono.error(ReconduccionesController::sinPermiso))
                .flatMap(a -> {
                    String garanteId = a.esDelGarante(a.garanteId()) ? a.garanteId() : garante;
                    if (garanteId == null || !(a.leeTodo() || a.esDelGarante(garanteId))) {
                        return Mono.error(garanteId == null && a.leeTodo()
                                ? problema(HttpStatus.BAD_REQUEST, "Garante requerido",
                                "Indique el organismo garante cuyas reconducciones consulta (garante).")
                                : sinPermiso());
                    }
                    if (garante != null && !garante.equals(garanteId)) {
                        return Mono.error(sinPermiso());
                    }
                    return consultas.varias(new ReconduccionesDelGarante(garanteId, desde, hasta),
                            PasoDeReconduccion.class);
                });
    }

    private static String noEncontrado(String folio) {
        return "No hay un recurso con folio " + folio + " entre los de su organismo garante.";
    }

    private static RuntimeException sinPermiso() {
        return problema(HttpStatus.FORBIDDEN, "Sin permiso", "Las reconducciones las consultan el personal y los "
                + "comisionados de su organismo garante, la auditoría y la administración.");
    }
}
