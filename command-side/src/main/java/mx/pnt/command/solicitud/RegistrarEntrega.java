package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The Unidad de Transparencia delivered the information paid for (Lineamientos, Sexagésimo sexto). */
public record RegistrarEntrega(@TargetAggregateIdentifier String folio) {
}
