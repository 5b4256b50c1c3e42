package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.plazos.InstanteLegal;

/**
 * The organismo garante modified the acuerdo before emitting it (Octogésimo cuarto): a new version, either the text
 * edited or a document loaded in its place (a PDF drafted elsewhere). Earlier versions stay in the record.
 *
 * @param texto     the new text; null when a document replaces it
 * @param documento the document loaded as the new version; null when the text was edited
 * @param sha256    the SHA-256 of the text (UTF-8) or of the document
 */
@Revision("1")
public record AcuerdoModificado(String folio, AcuerdoDelRecurso acuerdo, InstanteLegal acordadoEn, int version,
                                String texto, DocumentoAdjunto documento, String sha256,
                                InstanteLegal modificadoEn) {
}
