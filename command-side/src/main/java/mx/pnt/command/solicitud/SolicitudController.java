package mx.pnt.command.solicitud;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;

/** SISAI: presentation of solicitudes de acceso (by the solicitante, or captured by the Unidad de Transparencia). */
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
     * The body of a solicitud. Personal data is optional: the law admits no further requirements (LGTAIP 2025,
     * art. 126).
     */
    public record SolicitudRequest(String sujetoObligadoId, String descripcion, ModalidadDeEntrega modalidadDeEntrega,
                                   MedioDeNotificacion medioDeNotificacion, String nombreOSeudonimo,
                                   String correoElectronico, Instant recibidaEn) {

        PresentarSolicitud comoComando() {
            DatosDelSolicitante solicitante = nombreOSeudonimo == null && correoElectronico == null
                    ? null : new DatosDelSolicitante(nombreOSeudonimo, correoElectronico);
            return new PresentarSolicitud(sujetoObligadoId, descripcion, modalidadDeEntrega, medioDeNotificacion,
                    solicitante, recibidaEn);
        }
    }
}
