package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Se previene (Octogésimo tercero, 1; LGTAIP 2025, art. 147). */
public record PrevenirRecurrente(@TargetAggregateIdentifier String folio, String omisiones) {
}
