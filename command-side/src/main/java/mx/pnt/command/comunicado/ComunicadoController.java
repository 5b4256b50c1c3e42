package mx.pnt.command.comunicado;

import mx.pnt.command.actor.EnvioDeComandos;
import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.comunicado.TipoDeActuacion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * SICOM: the envío of comunicados and actuaciones and the confirmation of their reading. The aggregate decides who
 * may send as whom and who may confirm; the bandejas and acuses are on the read side ({@code /api/sicom/...}).
 */
@RestController
@RequestMapping("/api/sicom/comunicados")
public class ComunicadoController {

    private final EnvioDeComandos comandos;

    public ComunicadoController(EnvioDeComandos comandos) {
        this.comandos = comandos;
    }

    /** The form of "Envío de comunicados" and "Envío de actuaciones" (Centésimo vigésimo séptimo). */
    public record EnvioRequest(ClaseDeComunicado clase, TipoDeActuacion tipo, SeleccionDeParte remitente,
                               SeleccionDeParte destinatario, String asunto,
                               List<ResponderSolicitud.Anexo> adjuntos, String recurso, LocalDate fechaLimite,
                               String enAtencionDe) {
    }

    @PostMapping
    public Mono<ResponseEntity<ConfirmacionDeEnvio>> enviar(@RequestBody EnvioRequest envio) {
        return comandos.<ConfirmacionDeEnvio>enviar(new EnviarComunicado(envio.clase(), envio.tipo(),
                        envio.remitente(), envio.destinatario(), envio.asunto(), envio.adjuntos(), envio.recurso(),
                        envio.fechaLimite(), envio.enAtencionDe(), null))
                .map(confirmacion -> ResponseEntity.created(URI.create("/api/sicom/comunicados/"
                        + confirmacion.folio())).body(confirmacion));
    }

    public record IdentificacionRequest(String id) {
    }

    /** Centésimo vigésimo octavo: the administration identifies a destinatario typed in as "otros". */
    @PostMapping("/{folio}/destinatario")
    public Mono<Void> identificarDestinatario(@PathVariable String folio,
                                              @RequestBody IdentificacionRequest identificacion) {
        return comandos.<Object>enviar(new IdentificarDestinatario(folio, identificacion.id())).then();
    }

    /** Centésimo trigésimo primero: the destinatario confirms the reading; the answer is the acuse. */
    @PostMapping("/{folio}/lectura")
    public Mono<AcuseDeLectura> confirmarLectura(@PathVariable String folio) {
        return comandos.enviar(new ConfirmarLectura(folio));
    }
}
