package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

/**
 * The information paid for was delivered: the procedure ends (Lineamientos, Sexagésimo sexto).
 *
 * @param plazoDeEntrega the plazo it was due within, as it stood
 * @param enTiempo       whether it came on or before that deadline
 */
@Revision("2")
public record InformacionEntregada(String folio, InstanteLegal entregadaEn, PlazoFijado plazoDeEntrega,
                                   boolean enTiempo) implements ConclusionDeLaSolicitud {
}
