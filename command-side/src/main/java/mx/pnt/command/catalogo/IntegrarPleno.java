package mx.pnt.command.catalogo;

import mx.pnt.events.catalogo.PlenoIntegrado;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Integrates (or changes) the pleno of an organismo garante, in the order of its turno (Octogésimo). */
public record IntegrarPleno(@TargetAggregateIdentifier String garanteId,
                            List<PlenoIntegrado.Comisionado> comisionados, String presidenteId) {
}
