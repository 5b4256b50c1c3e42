package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the plazo to answer the requerimiento ran out without desahogo: the solicitud is held as not
 * presented, or, for a partial requerimiento, goes on for the rest (LGTAIP 2025, art. 130).
 */
public record RegistrarFaltaDeDesahogo(@TargetAggregateIdentifier String folio) {
}
