package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The vote was deferred in the session of {@code fechaDeSesion} (Nonagésimo cuarto). */
public record DiferirVotacion(@TargetAggregateIdentifier String folio, LocalDate fechaDeSesion, String motivo) {
}
