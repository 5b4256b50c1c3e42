package mx.pnt.command.recurso;

import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The SIGEMI generates the editable document of an acuerdo adopted in the recurso (Octogésimo cuarto). */
public record GenerarAcuerdo(@TargetAggregateIdentifier String folio, AcuerdoDelRecurso acuerdo) {
}
