package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.reglas.Materia;

/**
 * Reconducción to the right vía (Septuagésimo noveno; Octogésimo primero): the número descriptivo changes and shows
 * it was reconducido, the folio does not, and a new ficha is generated. Before the turno the organismo garante
 * reconducts; after it, the comisionado ponente, and the turno stays.
 *
 * @param usuario      who reconducted
 * @param rol          in which role (GARANTE before the turno, COMISIONADO after it)
 * @param ordinal      1 for the first reconducción of the recurso, then one more each time
 * @param fichaVersion the ficha generated with it
 * @param ponenteId    the ponente kept; null before the turno
 */
@Revision("1")
public record RecursoReconducido(String folio, Materia viaAnterior, Materia via, String numeroAnterior,
                                 String numeroDescriptivo, String motivo, String usuario, String rol, int ordinal,
                                 int fichaVersion, String ponenteId, InstanteLegal reconducidoEn) {
}
