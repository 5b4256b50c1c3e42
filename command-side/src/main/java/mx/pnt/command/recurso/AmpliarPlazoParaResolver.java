package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amplía the plazo to resolve by {@code dias}, once (Nonagésimo primero). */
public record AmpliarPlazoParaResolver(@TargetAggregateIdentifier String folio, int dias, String motivos) {
}
