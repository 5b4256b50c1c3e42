package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The garante finds whether the sujeto obligado complied (Nonagésimo sexto): once it reported, or once the plazo ran
 * out without it. The recurso concludes.
 *
 * @param razon why it did not comply; null when it complied
 */
@Revision("1")
public record CumplimientoCalificado(String folio, boolean cumplio, RazonDeIncumplimiento razon, String observaciones,
                                     InstanteLegal calificadoEn) {
}
