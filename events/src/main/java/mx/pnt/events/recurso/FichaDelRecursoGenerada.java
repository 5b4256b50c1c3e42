package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.reglas.Materia;

/**
 * A version of the Ficha del Recurso de Revisión, generated from the registered data (Septuagésimo octavo): at the
 * registration, when the litis is chosen, and at each reconducción (Septuagésimo noveno, Octogésimo primero).
 *
 * @param version 1 at the registration, then one more each time
 * @param litis   null until the organismo garante chooses it
 */
@Revision("1")
public record FichaDelRecursoGenerada(String folio, int version, String numeroDescriptivo, Materia via, Litis litis,
                                      String ponenteId, InstanteLegal generadaEn) {
}
