package mx.pnt.command.recurso;

import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Emits the acuerdo's current version: only its signature remains (Octogésimo cuarto). */
public record EmitirAcuerdo(@TargetAggregateIdentifier String folio, AcuerdoDelRecurso acuerdo) {
}
