package mx.pnt.command.recurso;

import mx.pnt.events.recurso.CausalDeDesechamiento;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Se desecha, with the reason (Octogésimo tercero, 3; LGTAIP 2025, art. 158). */
public record DesecharRecurso(@TargetAggregateIdentifier String folio, CausalDeDesechamiento causal, String razon) {
}
