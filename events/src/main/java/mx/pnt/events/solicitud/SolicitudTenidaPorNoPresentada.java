package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * The requerimiento de información adicional was not answered within its plazo: the solicitud is held as not
 * presented and the procedure ends (Lineamientos, Quincuagésimo noveno, third paragraph; LGTAIP 2025, art. 130).
 *
 * @param plazoDeDesahogo the plazo that ran out, as it stood: the proof that no desahogo came in time
 */
@Revision("2")
public record SolicitudTenidaPorNoPresentada(String folio, InstanteLegal registradaEn, PlazoFijado plazoDeDesahogo) implements ConclusionDeLaSolicitud {
}
