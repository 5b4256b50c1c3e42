package mx.pnt.command.catalogo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Centésimo vigésimo octavo: the sujeto obligado's new name, and why. */
public record ActualizarSujetoObligado(@TargetAggregateIdentifier String sujetoObligadoId, String nombre,
                                       String motivo) {
}
