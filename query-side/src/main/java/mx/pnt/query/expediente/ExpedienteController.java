package mx.pnt.query.expediente;

import mx.pnt.events.MetadatosDelActor;
import mx.pnt.projections.expediente.Actuacion;
import mx.pnt.projections.expediente.Expediente;
import mx.pnt.projections.expediente.ExpedienteAlDia;
import mx.pnt.query.ActorDeConsulta;
import mx.pnt.query.ConsultaPublicada;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.OffsetDateTime;

import static mx.pnt.query.ConsultaPublicada.problema;

/**
 * The expediente of a solicitud or a recurso, now or as it stood at an instant ({@code ?al=}, ISO-8601 with its
 * offset), rebuilt from the record. Auditors, the administration and the garante's staff and comisionados see it
 * whole; the parties (the solicitante or recurrente, and the Unidad de Transparencia of the sujeto obligado) see
 * every actuación, its documents and deadlines, but not the record's personal data nor who the people acting are.
 * Anyone else is answered as if it did not exist.
 */
@RestController
public class ExpedienteController {


    private final ConsultaPublicada consultas;
    private final ActorDeConsulta actor;

    public ExpedienteController(ConsultaPublicada consultas, ActorDeConsulta actor) {
        this.consultas = consultas;
        this.actor = actor;
    }

    @GetMapping("/api/expedientes/{folio}")
    public Mono<Expediente> expediente(@PathVariable String folio,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime al) {
        String noExiste = "No hay un expediente con folio " + folio + " que usted pueda consultar"
                + (al == null ? "." : " al " + al + ".");
        return actor.actorActual()
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.UNAUTHORIZED, "Identificación requerida",
                        "Inicie sesión para consultar un expediente.")))
                .flatMap(a -> consultas.una(new ExpedienteAlDia(folio, al == null ? null : al.toInstant()),
                                Expediente.class, "Expediente no encontrado", noExiste)
                        .flatMap(e -> visible(a, e))
                        .switchIfEmpty(Mono.error(() -> problema(HttpStatus.NOT_FOUND, "Expediente no encontrado",
                                noExiste))));
    }

    private static Mono<Expediente> visible(MetadatosDelActor a, Expediente e) {
        if (a.leeTodo() || a.esDelGarante(e.garanteId())) {
            return Mono.just(e);
        }
        boolean parte = ("SOLICITANTE".equals(a.rol()) && a.usuario().equals(e.particular()))
                || ("UNIDAD_TRANSPARENCIA".equals(a.rol()) && e.sujetoObligadoId().equals(a.sujetoObligadoId()));
        if (!parte) {
            return Mono.empty();
        }
        return Mono.just(new Expediente(e.folio(), e.clase(), e.garanteId(), e.sujetoObligadoId(), null, e.al(),
                e.acumulados(), e.actuaciones().stream().map(Actuacion::sinDatosPersonales).toList(),
                e.plazosConocidos()));
    }
}
