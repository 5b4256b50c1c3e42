package mx.pnt.command.recurso;

import mx.pnt.events.recurso.ResultadoDeLaPrevencion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The garante's finding on the prevención (Octogésimo sexto); a reason when it was desahogada incorrectly. */
public record CalificarPrevencion(@TargetAggregateIdentifier String folio, ResultadoDeLaPrevencion resultado,
                                  String razon) {
}
