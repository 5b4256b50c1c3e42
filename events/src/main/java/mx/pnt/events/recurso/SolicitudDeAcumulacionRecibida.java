package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The acumulador's ponente is notified of a request to accumulate a later recurso (Octogésimo octavo): it appears
 * in its "Notificaciones" and waits for its decision.
 *
 * @param acumulado the folio of the recurso to accumulate
 */
@Revision("1")
public record SolicitudDeAcumulacionRecibida(String folio, String acumulado, String motivo, String solicitadaPor,
                                             InstanteLegal recibidaEn) {
}
