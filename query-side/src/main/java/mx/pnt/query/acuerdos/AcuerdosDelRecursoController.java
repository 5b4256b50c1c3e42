package mx.pnt.query.acuerdos;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.projections.acuerdos.AcuerdoLeido;
import mx.pnt.projections.acuerdos.AcuerdosDelRecurso;
import mx.pnt.projections.acuerdos.ExpedienteDeAcuerdos;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The acuerdos of a recurso and each one as a PDF (Octogésimo cuarto). The garante's staff and comisionados, auditors
 * and administrators see every acuerdo, drafts included; the recurrente who filed it in the Plataforma and the
 * Unidad de Transparencia of the sujeto obligado see the emitted ones; anyone else is told the recurso does not exist
 * for them.
 */
@RestController
public class AcuerdosDelRecursoController {


    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;

    public AcuerdosDelRecursoController(ConsultaPublicada consultas, ActorDeConsulta actor) {
        this.consultas = consultas;
        this.actor = actor;
    }

    /** The acuerdos the actor may read, in the order they were adopted, each with its versions and signatures. */
    public record AcuerdosVisibles(String folio, String numeroDescriptivo, String sujetoObligado,
                                   List<AcuerdoLeido> acuerdos) {
    }

    @GetMapping("/api/recursos/{folio}/acuerdos")
    public Mono<AcuerdosVisibles> acuerdos(@PathVariable String folio) {
        return legibles(folio).map(l -> new AcuerdosVisibles(l.expediente().folio(),
                l.expediente().numeroDescriptivo(), l.expediente().sujetoObligado(), l.acuerdos()));
    }

    /** The last acuerdo of that kind, printable; a draft is marked as such on every page. */
    @GetMapping("/api/recursos/{folio}/acuerdos/{acuerdo}/pdf")
    public Mono<ResponseEntity<byte[]>> pdf(@PathVariable String folio, @PathVariable AcuerdoDelRecurso acuerdo) {
        return legibles(folio).flatMap(legibles -> {
            AcuerdoLeido ultimo = legibles.acuerdos().stream().filter(a -> a.acuerdo().equals(acuerdo.name()))
                    .reduce((primero, segundo) -> segundo).orElse(null);
            if (ultimo == null) {
                return Mono.error(problema(HttpStatus.NOT_FOUND, "Acuerdo no encontrado", "El recurso " + folio
                        + " no tiene un acuerdo de " + PdfDeAcuerdo.nombre(acuerdo.name())
                        + " que usted pueda consultar."));
            }
            String archivo = (legibles.expediente().numeroDescriptivo() + "-" + acuerdo.name() + "-v"
                    + ultimo.version()).replaceAll("[^A-Za-z0-9_-]+", "-") + ".pdf";
            return Mono.fromCallable(() -> PdfDeAcuerdo.generar(legibles.expediente(), ultimo))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(archivo)
                                    .build().toString())
                            .body(bytes));
        });
    }

    /** The expediente of acuerdos and what of it the actor may read. */
    private record Legibles(ExpedienteDeAcuerdos expediente, List<AcuerdoLeido> acuerdos) {
    }

    private Mono<Legibles> legibles(String folio) {
        return consultas.una(new AcuerdosDelRecurso(folio), ExpedienteDeAcuerdos.class, "Recurso no encontrado",
                        noEncontrado(folio))
                .zipWith(actorActual(), (expediente, actor) -> new Legibles(expediente, legibles(expediente, actor)));
    }

    private Mono<MetadatosDelActor> actorActual() {
        return actor.actorActual().switchIfEmpty(Mono.error(() -> problema(HttpStatus.UNAUTHORIZED,
                "Sin identificar", "Identifíquese para consultar los acuerdos de un recurso.")));
    }

    /** What the actor may read of the expediente; a stranger to it gets the same answer as for no recurso. */
    private static List<AcuerdoLeido> legibles(ExpedienteDeAcuerdos expediente, MetadatosDelActor actor) {
        if (actor.esDelGarante(expediente.garanteId()) || actor.leeTodo()) {
            return expediente.acuerdos();
        }
        boolean parte = ("SOLICITANTE".equals(actor.rol()) && actor.usuario().equals(expediente.usuarioRecurrente()))
                || ("UNIDAD_TRANSPARENCIA".equals(actor.rol())
                && expediente.sujetoObligadoId().equals(actor.sujetoObligadoId()));
        if (!parte) {
            throw problema(HttpStatus.NOT_FOUND, "Recurso no encontrado", noEncontrado(expediente.folio()));
        }
        return expediente.acuerdos().stream().filter(AcuerdoLeido::emitido).toList();
    }

    private static String noEncontrado(String folio) {
        return "No hay un recurso con el folio " + folio + " que usted pueda consultar.";
    }
}
