package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The acumulador's ponente accepts or rejects the acumulación (Octogésimo octavo); either way it is notified to who
 * asked. Accepted, the constancias of the acumulado become part of this expediente (Octogésimo noveno). A recurso
 * already resolved or concluded rejects it by itself ({@code resueltaPor} is then the platform).
 */
@Revision("1")
public record AcumulacionResuelta(String folio, String acumulado, boolean aceptada, String motivo,
                                  String resueltaPor, InstanteLegal resueltaEn) {
}
