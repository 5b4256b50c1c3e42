package mx.pnt.command.solicitud;

import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;

import java.time.Instant;

/**
 * Present a solicitud de acceso. Through the Plataforma the reception instant is the moment the command is
 * accepted; in a manual capture the Unidad de Transparencia states when it physically received the solicitud.
 *
 * @param recibidaEn only for a manual capture: when the solicitud was received
 */
public record PresentarSolicitud(String sujetoObligadoId, String descripcion, ModalidadDeEntrega modalidadDeEntrega,
                                 MedioDeNotificacion medioDeNotificacion, DatosDelSolicitante solicitante,
                                 Instant recibidaEn) {
}
