package mx.pnt.command.catalogo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Centésimo vigésimo octavo: the sujeto obligado leaves the catalog, and why. */
public record DarDeBajaSujetoObligado(@TargetAggregateIdentifier String sujetoObligadoId, String motivo) {
}
