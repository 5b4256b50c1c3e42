package mx.pnt.events.comunicado;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;
import java.util.List;

/**
 * A comunicado or an actuación sent through the SICOM (Centésimo vigésimo séptimo): the platform gave it its folio
 * consecutivo, its número de transacción electrónica and its legal date and time; it waits in the destinatario's
 * bandeja, unread, until the reading is confirmed (Centésimo trigésimo).
 *
 * @param numeroDeTransaccion the SHA-256 of the envío's cadena original
 *                            ({@link mx.pnt.events.firma.CadenaOriginal#deComunicado}), so anyone can check that the
 *                            acuse and the record name the same envío
 * @param consecutivo         the folio's consecutive within its year, unique and gapless
 * @param tipo                of an actuación, which one; null for a comunicado
 * @param recurso             the recurso the actuación belongs to; null when none
 * @param revisionDelRecurso  the revision of the recurso the link was checked against; null when none
 * @param acuerdoNotificado   when the SIGEMI sent it to notify an acuerdo of the recurso, which one; null otherwise
 * @param fechaLimite         of a requerimiento de información, the day it must be answered by (Centésimo
 *                            trigésimo séptimo); null otherwise
 * @param enAtencionDe        of the answer to a requerimiento, the requerimiento's folio; null otherwise
 * @param enviadoEn           the legal date and time of the envío, in the remitente's zone
 */
@Revision("1")
public record ComunicadoEnviado(String folio, String numeroDeTransaccion, long consecutivo, ClaseDeComunicado clase,
                                TipoDeActuacion tipo, ParteDelComunicado remitente,
                                ParteDelComunicado destinatario, String asunto, List<DocumentoAdjunto> adjuntos,
                                String recurso, Long revisionDelRecurso, AcuerdoDelRecurso acuerdoNotificado,
                                LocalDate fechaLimite, String enAtencionDe, InstanteLegal enviadoEn) {

    /** The party of that kind: one side is a sujeto obligado, the other an organismo garante. */
    public ParteDelComunicado parte(TipoDeParte tipo) {
        return remitente.tipo() == tipo ? remitente : destinatario;
    }
}
