package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Lifts a suspension by a later agreement, "a partir de" a date (today or later): from it the suspended days count
 * again; the days before stay suspended.
 */
public record LevantarSuspension(@TargetAggregateIdentifier String calendarioId, String suspensionId,
                                 LocalDate aPartirDe, String acuerdo, LocalDate fechaPublicacion) {
}
