package mx.pnt.command.solicitud;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.events.solicitud.AcreditacionDeIdentidad;
import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.DatosDeAccesibilidad;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.DatosEstadisticos;
import mx.pnt.events.solicitud.FuenteDeInformacionPublica;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.ResolucionDelComite;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import mx.pnt.events.solicitud.TipoDeSolicitud;
import org.springframework.http.HttpStatus;
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
 * SISAI: presentation of solicitudes de acceso (by the solicitante, or captured by the Unidad de Transparencia) and
 * each actuación of their trámite, one command per endpoint under {@code /api/solicitudes/{folio}/...}. The
 * aggregate decides who may act (the Unidad de Transparencia of the sujeto obligado; the solicitante on their own
 * folio) and answers every refusal as problem+json.
 */
@RestController
@RequestMapping("/api/solicitudes")
public class SolicitudController {

    private final EnvioDeComandos comandos;

    public SolicitudController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    @PostMapping
    public Mono<ResponseEntity<AcuseDeRecibo>> presentar(@RequestBody SolicitudRequest solicitud) {
        return comandos.<AcuseDeRecibo>enviar(solicitud.comoComando())
                .map(acuse -> ResponseEntity.created(URI.create("/api/seguimiento/" + acuse.folio())).body(acuse));
    }

    /**
     * Cuadragésimo tercero: one presentación to several sujetos obligados (at most 33), one acuse with every folio;
     * all are created or none.
     */
    @PostMapping("/multiples")
    public Mono<ResponseEntity<AcuseMultiple>> presentarMultiple(@RequestBody SolicitudMultipleRequest solicitud) {
        return comandos.<AcuseMultiple>enviar(new PresentarSolicitudMultiple(solicitud.sujetosObligadosIds(),
                        solicitud.comoComando()))
                .map(acuse -> ResponseEntity.status(HttpStatus.CREATED).body(acuse));
    }

    /** Quincuagésimo séptimo: turn to the unidades administrativas. */
    @PostMapping("/{folio}/turnos")
    public Mono<ConstanciaDeActuacion> turnar(@PathVariable String folio, @RequestBody TurnoRequest turno) {
        return comandos.enviar(new TurnarSolicitud(folio, turno.unidadesAdministrativas()));
    }

    /** Quincuagésimo octavo: the requerimiento de información adicional, once. */
    @PostMapping("/{folio}/requerimiento")
    public Mono<ConstanciaDeActuacion> requerir(@PathVariable String folio,
                                                @RequestBody RequerimientoRequest requerimiento) {
        return comandos.enviar(new RequerirInformacionAdicional(folio, requerimiento.requerimiento(),
                Boolean.TRUE.equals(requerimiento.parcial())));
    }

    /** Quincuagésimo noveno: the solicitante's desahogo. */
    @PostMapping("/{folio}/desahogo")
    public Mono<ConstanciaDeActuacion> desahogar(@PathVariable String folio, @RequestBody DesahogoRequest desahogo) {
        return comandos.enviar(new DesahogarRequerimiento(folio, desahogo.desahogo()));
    }

    /** LGTAIP 2025, art. 130: the desahogo plazo ran out. */
    @PostMapping("/{folio}/falta-de-desahogo")
    public Mono<ConstanciaDeActuacion> faltaDeDesahogo(@PathVariable String folio) {
        return comandos.enviar(new RegistrarFaltaDeDesahogo(folio));
    }

    /** Sexagésimo cuarto: the ampliación by resolution of the Comité de Transparencia. */
    @PostMapping("/{folio}/ampliacion")
    public Mono<ConstanciaDeActuacion> ampliar(@PathVariable String folio, @RequestBody AmpliacionRequest ampliacion) {
        return comandos.enviar(new AmpliarPlazoDeRespuesta(folio,
                ampliacion.dias() == null ? 0 : ampliacion.dias(), ampliacion.numeroDeResolucion(),
                ampliacion.fechaDeResolucion(), ampliacion.motivos()));
    }

    /** Sexagésimo to Sexagésimo séptimo: the answer, notified. */
    @PostMapping("/{folio}/respuesta")
    public Mono<ConstanciaDeActuacion> responder(@PathVariable String folio, @RequestBody RespuestaRequest respuesta) {
        return comandos.enviar(new ResponderSolicitud(folio, respuesta.tipo(), respuesta.respuesta(),
                respuesta.modalidadesOfrecidas(), respuesta.justificacionDeModalidad(),
                respuesta.resolucionDelComite(), respuesta.sujetosObligadosCompetentes(), respuesta.fuente(),
                respuesta.anexos(), respuesta.costos()));
    }

    /** Sexagésimo sexto: the Unidad proves the payment. */
    @PostMapping("/{folio}/pago")
    public Mono<ConstanciaDeActuacion> acreditarPago(@PathVariable String folio, @RequestBody PagoRequest pago) {
        return comandos.enviar(new AcreditarPago(folio, pago.fechaDePago(), pago.referencia()));
    }

    /** Sexagésimo sexto: the delivery after the payment. */
    @PostMapping("/{folio}/entrega")
    public Mono<ConstanciaDeActuacion> registrarEntrega(@PathVariable String folio) {
        return comandos.enviar(new RegistrarEntrega(folio));
    }

    /** LGTAIP 2025, art. 137: the plazo to pay ran out. */
    @PostMapping("/{folio}/falta-de-pago")
    public Mono<ConstanciaDeActuacion> faltaDePago(@PathVariable String folio) {
        return comandos.enviar(new RegistrarFaltaDePago(folio));
    }

    /** LGPDPPSO 2025, arts. 43 and 45: the ARCO right found procedente, made effective after proving identity. */
    @PostMapping("/{folio}/derecho-efectivo")
    public Mono<ConstanciaDeActuacion> hacerEfectivo(@PathVariable String folio,
                                                     @RequestBody DerechoEfectivoRequest derecho) {
        return comandos.enviar(new HacerEfectivoElDerecho(folio, derecho.identidad(), derecho.actuacion()));
    }

    public record DerechoEfectivoRequest(AcreditacionDeIdentidad identidad, String actuacion) {
    }

    /** LGTAIP 2025, art. 137: the sixty días of disponibilidad after the payment ran out without delivery. */
    @PostMapping("/{folio}/falta-de-recoleccion")
    public Mono<ConstanciaDeActuacion> faltaDeRecoleccion(@PathVariable String folio) {
        return comandos.enviar(new RegistrarFaltaDeRecoleccion(folio));
    }

    /** Cuadragésimo noveno: the notification practised in the medium the solicitante named, or by estrados. */
    @PostMapping("/{folio}/notificaciones")
    public Mono<ConstanciaDeActuacion> registrarNotificacion(@PathVariable String folio,
                                                             @RequestBody NotificacionRequest notificacion) {
        return comandos.enviar(new RegistrarNotificacion(folio, notificacion.acto(), notificacion.medio(),
                notificacion.practicadaEn(), notificacion.motivoDeEstrados(), notificacion.constancia()));
    }

    public record NotificacionRequest(ActoNotificado acto, MedioDeNotificacion medio, Instant practicadaEn,
                                      String motivoDeEstrados, ResponderSolicitud.Anexo constancia) {
    }

    public record TurnoRequest(List<String> unidadesAdministrativas) {
    }

    public record RequerimientoRequest(String requerimiento, Boolean parcial) {
    }

    public record DesahogoRequest(String desahogo) {
    }

    public record AmpliacionRequest(Integer dias, String numeroDeResolucion, LocalDate fechaDeResolucion,
                                    String motivos) {
    }

    public record RespuestaRequest(TipoDeRespuesta tipo, String respuesta,
                                   List<ModalidadDeEntrega> modalidadesOfrecidas, String justificacionDeModalidad,
                                   ResolucionDelComite resolucionDelComite, List<String> sujetosObligadosCompetentes,
                                   FuenteDeInformacionPublica fuente, List<ResponderSolicitud.Anexo> anexos,
                                   Costos costos) {
    }

    public record PagoRequest(LocalDate fechaDePago, String referencia) {
    }

    /**
     * The body of a solicitud. Personal data is optional: the law admits no further requirements (LGTAIP 2025,
     * art. 126).
     */
    public record SolicitudRequest(String sujetoObligadoId, String descripcion, ModalidadDeEntrega modalidadDeEntrega,
                                   MedioDeNotificacion medioDeNotificacion, String nombreOSeudonimo,
                                   String correoElectronico, Instant recibidaEn, TipoDeSolicitud tipo,
                                   MedioDeEntrada medioDeEntrada, DatosDeAccesibilidad accesibilidad,
                                   DatosEstadisticos estadisticos) {

        PresentarSolicitud comoComando() {
            DatosDelSolicitante solicitante = nombreOSeudonimo == null && correoElectronico == null
                    ? null : new DatosDelSolicitante(nombreOSeudonimo, correoElectronico);
            return new PresentarSolicitud(sujetoObligadoId, descripcion, modalidadDeEntrega, medioDeNotificacion,
                    solicitante, recibidaEn, tipo, medioDeEntrada, accesibilidad, estadisticos);
        }
    }

    /** The same fields as a solicitud, with the list of sujetos obligados instead of one. */
    public record SolicitudMultipleRequest(List<String> sujetosObligadosIds, String descripcion,
                                           ModalidadDeEntrega modalidadDeEntrega,
                                           MedioDeNotificacion medioDeNotificacion, String nombreOSeudonimo,
                                           String correoElectronico, Instant recibidaEn, TipoDeSolicitud tipo,
                                           MedioDeEntrada medioDeEntrada, DatosDeAccesibilidad accesibilidad,
                                           DatosEstadisticos estadisticos) {

        PresentarSolicitud comoComando() {
            return new SolicitudRequest(null, descripcion, modalidadDeEntrega, medioDeNotificacion, nombreOSeudonimo,
                    correoElectronico, recibidaEn, tipo, medioDeEntrada, accesibilidad, estadisticos).comoComando();
        }
    }
}
