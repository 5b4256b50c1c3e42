package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Lifts a suspension by a later agreement: its days count again. */
public record LevantarSuspension(@TargetAggregateIdentifier String calendarioId, String suspensionId,
                                 String acuerdo, LocalDate fechaPublicacion) {
}
