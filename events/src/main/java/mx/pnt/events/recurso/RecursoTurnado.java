package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * Turno automático to a comisionado ponente once registro and ficha are done (Octogésimo), by the rule the
 * garante configured: round robin over its pleno, by the recurso's consecutive. The acuerdo de turno is signed by
 * the comisionado presidente.
 *
 * @param revisionDelPleno the pleno's configuration revision the turno read
 * @param posicion         the ponente's place in that pleno (0-based)
 * @param presidenteId     who signs the acuerdo de turno
 */
@Revision("1")
public record RecursoTurnado(String folio, String ponenteId, String ponenteNombre, String regla,
                             long revisionDelPleno, int posicion, String presidenteId, InstanteLegal turnadoEn) {
}
