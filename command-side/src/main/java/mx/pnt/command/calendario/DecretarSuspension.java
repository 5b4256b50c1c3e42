package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Suspends plazos from {@code desde} to {@code hasta}, both inclusive; the dates may lie in the past
 * (retroactive suspension, e.g. after an outage of the platform).
 */
public record DecretarSuspension(@TargetAggregateIdentifier String calendarioId, String suspensionId,
                                 LocalDate desde, LocalDate hasta, String motivo, String acuerdo,
                                 LocalDate fechaPublicacion) {
}
