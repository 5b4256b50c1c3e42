package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * Retorno: the ponente se excusó or was recusado, and the recurso goes to the next comisionado of the pleno not
 * impeded in it (Octogésimo segundo); the acuerdo de retorno is signed by the presidente.
 */
@Revision("1")
public record RecursoReturnado(String folio, String ponenteAnterior, String ponenteId, String ponenteNombre,
                               CausaDeRetorno causa, String motivo, long revisionDelPleno, int posicion,
                               String presidenteId, InstanteLegal returnadoEn) {
}
