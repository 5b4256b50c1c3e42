package mx.pnt.events.catalogo;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The catalog's owner took a sujeto obligado out of the catalog (Centésimo vigésimo octavo): it extinguished or
 * merged. Nothing new is sent to it through the SICOM; its procedures and its history stay.
 */
@Revision("1")
public record SujetoObligadoDadoDeBaja(String sujetoObligadoId, String motivo, long revision,
                                       InstanteLegal registradoEn) {
}
