package mx.pnt.command.recurso;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.command.solicitud.ConstanciaDeActuacion;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.recurso.CausaDeRetorno;
import mx.pnt.events.recurso.CausalDeDesechamiento;
import mx.pnt.events.recurso.DatosDelRecurrente;
import mx.pnt.events.recurso.Litis;
import mx.pnt.events.recurso.ResultadoDeLaPrevencion;
import mx.pnt.plazos.reglas.Materia;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * SIGEMI: the recurso de revisión, one command per actuación under {@code /api/recursos/{folio}/...}. The aggregate
 * decides who may act (the recurrente on their recurso, the garante's staff, the comisionado ponente) and answers
 * every refusal as problem+json.
 */
@RestController
@RequestMapping("/api/recursos")
public class RecursoController {

    private final EnvioDeComandos comandos;

    public RecursoController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    /** Septuagésimo tercero to Septuagésimo quinto: filed in the Plataforma, or captured with its reception. */
    @PostMapping
    public Mono<ResponseEntity<AcuseDelRecurso>> interponer(@RequestBody RecursoRequest recurso) {
        return comandos.<AcuseDelRecurso>enviar(new InterponerRecurso(recurso.folioDeSolicitud(),
                        recurso.sujetoObligadoId(), recurso.via(), recurso.actoImpugnado(), recurso.fechaDelActo(),
                        recurso.actoRecurrido(), recurso.razones(), recurso.recurrente(), recurso.respuestaImpugnada(),
                        recurso.anexos(), recurso.recibidoEn()))
                .map(acuse -> ResponseEntity.created(URI.create("/api/recursos/" + acuse.folio())).body(acuse));
    }

    /** Septuagésimo octavo and Octogésimo: the litis completes the ficha, and the turno follows. */
    @PostMapping("/{folio}/litis")
    public Mono<ConstanciaDeActuacion> fijarLitis(@PathVariable String folio, @RequestBody LitisRequest litis) {
        return comandos.enviar(new FijarLitis(folio, litis.litis()));
    }

    /** Septuagésimo noveno; Octogésimo primero. */
    @PostMapping("/{folio}/reconduccion")
    public Mono<ConstanciaDeActuacion> reconducir(@PathVariable String folio,
                                                  @RequestBody ReconduccionRequest reconduccion) {
        return comandos.enviar(new ReconducirRecurso(folio, reconduccion.via(), reconduccion.motivo()));
    }

    /** Octogésimo segundo. */
    @PostMapping("/{folio}/retorno")
    public Mono<ConstanciaDeActuacion> returnar(@PathVariable String folio, @RequestBody RetornoRequest retorno) {
        return comandos.enviar(new ReturnarRecurso(folio, retorno.causa(), retorno.motivo()));
    }

    /** Octogésimo tercero, 1; LGTAIP 2025, art. 147. */
    @PostMapping("/{folio}/prevencion")
    public Mono<ConstanciaDeActuacion> prevenir(@PathVariable String folio, @RequestBody PrevencionRequest prevencion) {
        return comandos.enviar(new PrevenirRecurrente(folio, prevencion.omisiones()));
    }

    /** Octogésimo tercero, 2. */
    @PostMapping("/{folio}/admision")
    public Mono<ConstanciaDeActuacion> admitir(@PathVariable String folio) {
        return comandos.enviar(new AdmitirRecurso(folio));
    }

    /** Octogésimo tercero, 3; LGTAIP 2025, art. 158. */
    @PostMapping("/{folio}/desechamiento")
    public Mono<ConstanciaDeActuacion> desechar(@PathVariable String folio,
                                                @RequestBody DesechamientoRequest desechamiento) {
        return comandos.enviar(new DesecharRecurso(folio, desechamiento.causal(), desechamiento.razon()));
    }

    /** Octogésimo quinto; Septuagésimo primero. */
    @PostMapping("/{folio}/notificaciones")
    public Mono<ConstanciaDeActuacion> notificar(@PathVariable String folio,
                                                 @RequestBody NotificacionRequest notificacion) {
        return comandos.enviar(new RegistrarNotificacionAlRecurrente(folio, notificacion.acuerdo(),
                notificacion.practicadaEn(), notificacion.constancia()));
    }

    /** Octogésimo sexto: the recurrente's answer (or one received by another medium, uploaded by the garante). */
    @PostMapping("/{folio}/desahogo")
    public Mono<ConstanciaDeActuacion> desahogar(@PathVariable String folio, @RequestBody DesahogoRequest desahogo) {
        return comandos.enviar(new DesahogarPrevencion(folio, desahogo.desahogo(), desahogo.anexos(),
                desahogo.recibidoEn()));
    }

    /** Octogésimo sexto: the finding on the prevención, which admits or desecha. */
    @PostMapping("/{folio}/calificacion-de-prevencion")
    public Mono<ConstanciaDeActuacion> calificar(@PathVariable String folio,
                                                 @RequestBody CalificacionRequest calificacion) {
        return comandos.enviar(new CalificarPrevencion(folio, calificacion.resultado(), calificacion.razon()));
    }

    public record RecursoRequest(String folioDeSolicitud, String sujetoObligadoId, Materia via,
                                 ActoImpugnado actoImpugnado, LocalDate fechaDelActo, String actoRecurrido,
                                 String razones, DatosDelRecurrente recurrente,
                                 ResponderSolicitud.Anexo respuestaImpugnada, List<ResponderSolicitud.Anexo> anexos,
                                 Instant recibidoEn) {
    }

    public record LitisRequest(Litis litis) {
    }

    public record ReconduccionRequest(Materia via, String motivo) {
    }

    public record RetornoRequest(CausaDeRetorno causa, String motivo) {
    }

    public record PrevencionRequest(String omisiones) {
    }

    public record DesechamientoRequest(CausalDeDesechamiento causal, String razon) {
    }

    public record NotificacionRequest(AcuerdoDelRecurso acuerdo, Instant practicadaEn,
                                      ResponderSolicitud.Anexo constancia) {
    }

    public record DesahogoRequest(String desahogo, List<ResponderSolicitud.Anexo> anexos, Instant recibidoEn) {
    }

    public record CalificacionRequest(ResultadoDeLaPrevencion resultado, String razon) {
    }
}
