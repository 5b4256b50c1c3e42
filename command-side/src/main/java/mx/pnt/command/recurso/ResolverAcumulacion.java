package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The acumulador's ponente accepts or rejects accumulating {@code acumulado} (Octogésimo octavo). */
public record ResolverAcumulacion(@TargetAggregateIdentifier String folio, String acumulado, Boolean aceptada,
                                  String motivo) {
}
