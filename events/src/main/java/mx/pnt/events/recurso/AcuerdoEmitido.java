package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The acuerdo was emitted (Octogésimo cuarto): its version is final and only its signature is pending.
 *
 * @param version the version emitted, whose SHA-256 every signature covers
 */
@Revision("1")
public record AcuerdoEmitido(String folio, AcuerdoDelRecurso acuerdo, InstanteLegal acordadoEn, int version,
                             String sha256, InstanteLegal emitidoEn) {
}
