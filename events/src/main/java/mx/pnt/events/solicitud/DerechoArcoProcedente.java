package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;

/**
 * The answer to a solicitud of an ARCO right (or portabilidad) found it procedente: the responsable must make the
 * right effective within fifteen días from the day after the answer is notified (LGPDPPSO 2025, art. 45, third
 * paragraph). Recorded together with {@link SolicitudRespondida}.
 *
 * @param derecho                   the right to make effective
 * @param sujetoObligadoId          whose calendars govern the plazo (with its garante's)
 * @param plazoParaHacerloEfectivo  the fifteen días; null when the answer is notified in a medium other than the
 *                                  Plataforma: it opens with the {@link NotificacionPracticada}
 */
@Revision("2")
public record DerechoArcoProcedente(String folio, TipoDeSolicitud derecho, String sujetoObligadoId, String garanteId,
                                   PlazoFijado plazoParaHacerloEfectivo) {
}
