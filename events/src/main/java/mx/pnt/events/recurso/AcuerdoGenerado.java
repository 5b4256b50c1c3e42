package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The SIGEMI generated the document of an acuerdo from its template and the expediente's data, in an editable format
 * (Octogésimo cuarto): its first version. The acuerdo is the one adopted at {@code acordadoEn}; an acuerdo of the
 * same kind adopted again (a second audiencia, a second acumulación) has a document of its own.
 *
 * @param acordadoEn the instant the acuerdo was adopted: with the kind, which acuerdo this document is
 * @param plantilla  the template and its version: the first 12 hex digits of its SHA-256
 * @param sha256     the SHA-256 of the text, as UTF-8
 */
@Revision("1")
public record AcuerdoGenerado(String folio, AcuerdoDelRecurso acuerdo, InstanteLegal acordadoEn, int version,
                              String plantilla, String texto, String sha256, InstanteLegal generadoEn) {
}
