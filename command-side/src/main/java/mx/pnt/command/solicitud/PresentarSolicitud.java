package mx.pnt.command.solicitud;

import mx.pnt.events.solicitud.DatosDeAccesibilidad;
import mx.pnt.events.solicitud.DatosDelSolicitante;
import mx.pnt.events.solicitud.DatosEstadisticos;
import mx.pnt.events.solicitud.MedioDeEntrada;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.TipoDeSolicitud;

import java.time.Instant;

/**
 * Present a solicitud. Through the Plataforma the reception instant is the moment the command is accepted; in a
 * manual capture the Unidad de Transparencia states how and when it physically received the solicitud.
 *
 * @param recibidaEn     only for a manual capture: when the solicitud was received
 * @param tipo           acceso a la información when null
 * @param medioDeEntrada only for a manual capture: how it arrived (Cuadragésimo noveno)
 * @param accesibilidad  optional
 * @param estadisticos   optional
 */
public record PresentarSolicitud(String sujetoObligadoId, String descripcion, ModalidadDeEntrega modalidadDeEntrega,
                                 MedioDeNotificacion medioDeNotificacion, DatosDelSolicitante solicitante,
                                 Instant recibidaEn, TipoDeSolicitud tipo, MedioDeEntrada medioDeEntrada,
                                 DatosDeAccesibilidad accesibilidad, DatosEstadisticos estadisticos) {

    /** A solicitud de acceso a la información without optional data. */
    public PresentarSolicitud(String sujetoObligadoId, String descripcion, ModalidadDeEntrega modalidadDeEntrega,
                              MedioDeNotificacion medioDeNotificacion, DatosDelSolicitante solicitante,
                              Instant recibidaEn) {
        this(sujetoObligadoId, descripcion, modalidadDeEntrega, medioDeNotificacion, solicitante, recibidaEn, null,
                recibidaEn == null ? null : MedioDeEntrada.PRESENCIAL, null, null);
    }

    /** The same request to another sujeto obligado: one solicitud of a solicitud múltiple. */
    PresentarSolicitud para(String otroSujetoObligadoId) {
        return new PresentarSolicitud(otroSujetoObligadoId, descripcion, modalidadDeEntrega, medioDeNotificacion,
                solicitante, recibidaEn, tipo, medioDeEntrada, accesibilidad, estadisticos);
    }
}
