package mx.pnt.events.comunicado;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The sujeto obligado sent, through the SICOM, its answer to a requerimiento de información (Centésimo trigésimo
 * séptimo): recorded on the requerimiento, which leaves the semáforo. A later answer is an alcance and is recorded too.
 *
 * @param respuesta   the folio of the actuación that answers
 * @param recibidaEn  when the answer was sent, which is when the garante received it
 * @param enTiempo    whether it was sent by the fecha límite, judged in the garante's zone
 */
@Revision("1")
public record RequerimientoAtendido(String folio, String respuesta, String numeroDeTransaccionDeLaRespuesta,
                                    InstanteLegal recibidaEn, boolean enTiempo) {
}
