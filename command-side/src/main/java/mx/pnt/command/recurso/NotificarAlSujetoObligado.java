package mx.pnt.command.recurso;

import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Notify an acuerdo or the resolución to the sujeto obligado through the SIGEMI (Nonagésimo segundo, cuarto). */
public record NotificarAlSujetoObligado(@TargetAggregateIdentifier String folio, AcuerdoDelRecurso acuerdo) {
}
