package mx.pnt.command.solicitud;

import mx.pnt.events.solicitud.AcreditacionDeIdentidad;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The Unidad de Transparencia records that the responsable made the ARCO right effective, once the titular proved
 * their identity (LGPDPPSO 2025, arts. 43, 45 and 87).
 *
 * @param identidad how the titular (or a representative) proved who they are
 * @param actuacion what was done: the access given, the data rectified or cancelled, the treatment stopped
 */
public record HacerEfectivoElDerecho(@TargetAggregateIdentifier String folio, AcreditacionDeIdentidad identidad,
                                     String actuacion) {
}
