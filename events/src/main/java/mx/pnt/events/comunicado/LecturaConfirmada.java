package mx.pnt.events.comunicado;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The destinatario confirmed it read the comunicado or actuación (Centésimo trigésimo primero): the acuse, with the
 * legend as it was shown, in the destinatario's zone. It is notified to the remitente and only acknowledges the
 * reading (Centésimo trigésimo segundo).
 *
 * @param lector  the account that confirmed it
 * @param leidaEn the legal date and time of the reading, in the destinatario's zone
 * @param leyenda the legend of the acuse (Centésimo trigésimo primero, fracción IV), kept so a replay never rewrites it
 * @param recurso the recurso the actuación belongs to, so its expediente receives the acuse; null when none
 * @param acuerdoNotificado the acuerdo of that recurso it notified; null when none
 * @param enviadoEn when it was sent, so the recurso records both dates without reading the comunicado
 */
@Revision("1")
public record LecturaConfirmada(String folio, String numeroDeTransaccion, ClaseDeComunicado clase,
                                TipoDeActuacion tipo, ParteDelComunicado destinatario, String lector,
                                InstanteLegal leidaEn, String leyenda, String recurso,
                                mx.pnt.events.recurso.AcuerdoDelRecurso acuerdoNotificado, InstanteLegal enviadoEn) {
}
