package mx.pnt.command.comunicado;

import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.recurso.AcuerdoDelRecurso;

import java.time.LocalDate;
import java.util.List;

/**
 * The form of "Envío de comunicados" or "Envío de actuaciones" (Centésimo vigésimo séptimo); the platform adds the
 * folio, the número de transacción and the date and time.
 *
 * @param tipo              of an actuación, which one; none for a comunicado
 * @param recurso           the folio of the recurso an actuación of a medio de impugnación belongs to
 * @param fechaLimite       of a requerimiento de información, the day it must be answered by (Centésimo trigésimo
 *                          séptimo)
 * @param enAtencionDe      of the answer to a requerimiento, the requerimiento's folio
 * @param acuerdoNotificado set only by the SIGEMI, when it notifies an acuerdo of the recurso through the SICOM
 */
public record EnviarComunicado(ClaseDeComunicado clase, TipoDeActuacion tipo, SeleccionDeParte remitente,
                               SeleccionDeParte destinatario, String asunto, List<ResponderSolicitud.Anexo> adjuntos,
                               String recurso, LocalDate fechaLimite, String enAtencionDe,
                               AcuerdoDelRecurso acuerdoNotificado) {
}
