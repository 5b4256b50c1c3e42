package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/** The acumulador's ponente rejected the acumulación: the recurso continues on its own (Octogésimo octavo). */
@Revision("1")
public record AcumulacionRechazada(String folio, String acumulador, String motivo, InstanteLegal registradaEn) {
}
