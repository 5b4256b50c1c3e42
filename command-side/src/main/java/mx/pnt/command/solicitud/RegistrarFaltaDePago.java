package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The thirty días to pay ran out (LGTAIP 2025, art. 137): sent by the platform's timer or the Unidad. */
public record RegistrarFaltaDePago(@TargetAggregateIdentifier String folio) {
}
