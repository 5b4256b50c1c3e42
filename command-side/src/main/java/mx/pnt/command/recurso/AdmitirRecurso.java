package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Se admite (Octogésimo tercero, 2). */
public record AdmitirRecurso(@TargetAggregateIdentifier String folio) {
}
