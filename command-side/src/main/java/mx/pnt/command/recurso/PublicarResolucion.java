package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** "Publicar la resolución" (Nonagésimo cuarto). */
public record PublicarResolucion(@TargetAggregateIdentifier String folio) {
}
