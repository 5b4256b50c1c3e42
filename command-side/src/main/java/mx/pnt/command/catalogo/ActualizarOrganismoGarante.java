package mx.pnt.command.catalogo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Centésimo vigésimo octavo: the organismo garante's new name, and why. */
public record ActualizarOrganismoGarante(@TargetAggregateIdentifier String garanteId, String nombre,
                                         String motivo) {
}
