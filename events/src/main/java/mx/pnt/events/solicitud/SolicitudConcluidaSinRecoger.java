package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * The sixty días the paid information stays at the solicitante's disposal ran out before its delivery was recorded:
 * the solicitud is concluded, and the sujeto obligado may destroy the material it was reproduced on (LGTAIP 2025,
 * art. 137; Lineamientos, Sexagésimo sexto).
 *
 * @param plazoDeEntrega        the Unidad's plazo to deliver, as it stood: whether the Unidad itself was late shows
 *                              in its deadline
 * @param plazoDeDisponibilidad the sixty días that ran out, as they stood
 */
@Revision("2")
public record SolicitudConcluidaSinRecoger(String folio, InstanteLegal registradaEn, PlazoFijado plazoDeEntrega,
                                           PlazoFijado plazoDeDisponibilidad) implements ConclusionDeLaSolicitud {
}
