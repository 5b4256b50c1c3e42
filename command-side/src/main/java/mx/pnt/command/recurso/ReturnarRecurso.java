package mx.pnt.command.recurso;

import mx.pnt.events.recurso.CausaDeRetorno;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retorno when the ponente se excusa or is recusado (Octogésimo segundo). */
public record ReturnarRecurso(@TargetAggregateIdentifier String folio, CausaDeRetorno causa, String motivo) {
}
