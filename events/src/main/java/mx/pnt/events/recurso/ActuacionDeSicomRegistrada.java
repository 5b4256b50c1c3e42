package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * An actuación of this recurso that travelled through the SICOM, recorded in the recurso's own stream once its
 * destinatario confirmed the reading (Centésimo trigésimo quinto, Centésimo trigésimo sexto): the expediente shows
 * the notification or promoción with its acuse, without loading the comunicado.
 *
 * @param comunicado          the SICOM folio
 * @param tipo                the actuación, by the SICOM's name for it ({@code TipoDeActuacion}): the recurso's
 *                            events name the other system's vocabulary without depending on it
 * @param acuerdoNotificado   the acuerdo of the recurso it notified; null for any other actuación
 * @param leyenda             the legend of the acuse, as the destinatario was shown it
 */
@Revision("1")
public record ActuacionDeSicomRegistrada(String folio, String comunicado, String numeroDeTransaccion,
                                         String tipo, AcuerdoDelRecurso acuerdoNotificado,
                                         InstanteLegal enviadaEn, InstanteLegal leidaEn, String lector,
                                         String leyenda) {
}
