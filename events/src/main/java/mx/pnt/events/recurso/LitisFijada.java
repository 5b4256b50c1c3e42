package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/** The organismo garante chose the litis in the Ficha del Recurso (Septuagésimo octavo). */
@Revision("1")
public record LitisFijada(String folio, Litis litis, InstanteLegal fijadaEn) {
}
