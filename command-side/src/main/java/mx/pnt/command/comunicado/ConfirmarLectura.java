package mx.pnt.command.comunicado;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The destinatario confirms it read the comunicado or actuación (Centésimo trigésimo primero). */
public record ConfirmarLectura(@TargetAggregateIdentifier String folio) {
}
