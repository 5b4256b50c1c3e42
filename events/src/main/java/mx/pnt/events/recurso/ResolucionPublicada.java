package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/** "Publicar la resolución" (Nonagésimo cuarto, last paragraph; LGTAIP 2025, art. 156). */
@Revision("1")
public record ResolucionPublicada(String folio, InstanteLegal publicadaEn) {
}
