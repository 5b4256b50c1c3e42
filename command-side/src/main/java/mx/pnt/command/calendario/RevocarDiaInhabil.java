package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Revokes, by a later agreement, a día inhábil declared earlier. */
public record RevocarDiaInhabil(@TargetAggregateIdentifier String calendarioId, LocalDate fecha, String acuerdo,
                                LocalDate fechaPublicacion) {
}
