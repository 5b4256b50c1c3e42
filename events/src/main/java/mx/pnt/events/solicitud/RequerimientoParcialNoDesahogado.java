package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * A partial requerimiento went unanswered: the solicitud stands for the contents it did not cover, and the response
 * plazo for them starts again the día hábil after the desahogo plazo ran out (LGTAIP 2025, art. 130, last sentence;
 * Lineamientos, Quincuagésimo noveno, second paragraph).
 *
 * @param plazoDeDesahogo  the plazo that ran out, as it stood
 * @param plazoDeRespuesta the response plazo started again from that plazo's deadline
 */
@Revision("2")
public record RequerimientoParcialNoDesahogado(String folio, InstanteLegal registradoEn,
                                               PlazoFijado plazoDeDesahogo, PlazoFijado plazoDeRespuesta) {
}
