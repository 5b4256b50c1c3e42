package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/** Se desecha, with the reason (Octogésimo tercero, 3; Octogésimo sexto): the recurso concludes. */
@Revision("1")
public record RecursoDesechado(String folio, CausalDeDesechamiento causal, String razon, InstanteLegal desechadoEn) {
}
