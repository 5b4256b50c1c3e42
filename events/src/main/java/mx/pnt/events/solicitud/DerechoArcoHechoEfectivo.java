package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * The responsable made the ARCO right effective (gave access to the data, rectified, cancelled, stopped the
 * treatment, or handed them over for portabilidad) once the titular proved their identity: the procedure ends
 * (LGPDPPSO 2025, arts. 43 and 45). A late one is recorded as late.
 *
 * @param identidad  how the identity (and a representative's standing) was proven
 * @param actuacion  what the responsable did, in its words
 * @param plazo      the fifteen días it was due within, as they stood
 * @param enTiempo   whether it came on or before the plazo's deadline
 */
@Revision("2")
public record DerechoArcoHechoEfectivo(String folio, TipoDeSolicitud derecho, AcreditacionDeIdentidad identidad,
                                      String actuacion, InstanteLegal hechoEfectivoEn, PlazoFijado plazo,
                                      boolean enTiempo) implements ConclusionDeLaSolicitud {
}
