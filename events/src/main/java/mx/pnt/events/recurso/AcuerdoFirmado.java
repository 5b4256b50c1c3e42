package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.firma.FirmaElectronica;
import mx.pnt.plazos.InstanteLegal;

/**
 * A signature of the emitted acuerdo or of the resolución's final version (Octogésimo cuarto; Nonagésimo cuarto):
 * electronic, verified against the signer's certificate, or autograph, the printed document signed and loaded back
 * as a PDF. {@code suscrito} says whether the document now bears every signature it needs: the comisionado ponente's
 * for an acuerdo, every comisionado who voted for a resolución; an autograph document bears them all.
 *
 * @param firmante    the user who signed or loaded the signed document
 * @param electronica the electronic signature; null for an autograph one
 * @param autografo   the signed document as loaded; null for an electronic signature
 */
@Revision("1")
public record AcuerdoFirmado(String folio, AcuerdoDelRecurso acuerdo, InstanteLegal acordadoEn, int version,
                             String sha256, String firmante, FirmaElectronica electronica,
                             DocumentoAdjunto autografo, boolean suscrito, InstanteLegal firmadoEn) {
}
