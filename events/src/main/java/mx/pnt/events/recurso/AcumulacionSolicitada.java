package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The ponente of a recurso received later asks the ponente of the one received first to accumulate it (Octogésimo
 * octavo): similar or identical subject against the same sujeto obligado, or the same parties. Recorded in the
 * recurso to be accumulated; the acumulador receives it through the SIGEMI.
 *
 * @param acumulador            the folio of the recurso received first
 * @param ponenteDelAcumulador  who decides, as the command-side lookup showed
 * @param revisionDelAcumulador the revision of the acumulador the request was checked against
 */
@Revision("1")
public record AcumulacionSolicitada(String folio, String acumulador, String motivo, String solicitadaPor,
                                    String ponenteDelAcumulador, long revisionDelAcumulador,
                                    InstanteLegal solicitadaEn) {
}
