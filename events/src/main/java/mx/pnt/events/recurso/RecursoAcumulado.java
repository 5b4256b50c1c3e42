package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The recurso was accumulated to the one received first (Octogésimo octavo, noveno): it is resolved there, and its
 * constancias form part of the acumulador's expediente. It concludes here.
 */
@Revision("1")
public record RecursoAcumulado(String folio, String acumulador, String motivo, InstanteLegal registradoEn) {
}
