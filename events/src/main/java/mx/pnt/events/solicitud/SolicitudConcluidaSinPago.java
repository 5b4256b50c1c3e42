package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * The thirty días to pay ran out without a proven payment: the solicitud is concluded, and the information can only
 * be had through a new solicitud (Lineamientos, Sexagésimo sexto; LGTAIP 2025, art. 137).
 *
 * @param plazoDePago the plazo that ran out, as it stood
 */
@Revision("2")
public record SolicitudConcluidaSinPago(String folio, InstanteLegal registradaEn, PlazoFijado plazoDePago) implements ConclusionDeLaSolicitud {
}
