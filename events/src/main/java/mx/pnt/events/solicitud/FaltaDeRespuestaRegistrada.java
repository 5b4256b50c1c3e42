package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * The response plazo ran out without a respuesta: recorded by the platform's timer the day after the deadline. It
 * opens the way to a recurso de revisión for falta de respuesta, within 15 días from the deadline (LGTAIP 2025,
 * arts. 144 and 145). The procedure stays open: a late respuesta is still recorded, as late.
 *
 * @param plazoDeRespuesta  the plazo that ran out, as it stood
 * @param plazoParaRecurrir the solicitante's plazo to file the recurso, counted from the deadline
 */
@Revision("2")
public record FaltaDeRespuestaRegistrada(String folio, InstanteLegal registradaEn, PlazoFijado plazoDeRespuesta,
                                         PlazoFijado plazoParaRecurrir) {
}
