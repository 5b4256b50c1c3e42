package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The ponente of this recurso asks to accumulate it to {@code acumulador}, received first (Octogésimo octavo). */
public record SolicitarAcumulacion(@TargetAggregateIdentifier String folio, String acumulador, String motivo) {
}
