package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Suspends plazos from {@code desde} to {@code hasta}, both inclusive; the dates may lie in the past
 * (retroactive suspension, e.g. after an outage of the platform). With {@code hastaNuevoAviso} and no {@code hasta}
 * the suspension has no last day until a later agreement lifts it; asking for it explicitly keeps a forgotten date
 * from suspending every plazo for ever.
 */
public record DecretarSuspension(@TargetAggregateIdentifier String calendarioId, String suspensionId,
                                 LocalDate desde, LocalDate hasta, boolean hastaNuevoAviso, String motivo,
                                 String acuerdo, LocalDate fechaPublicacion) {

    /** A suspension with a last day. */
    public DecretarSuspension(String calendarioId, String suspensionId, LocalDate desde, LocalDate hasta,
                              String motivo, String acuerdo, LocalDate fechaPublicacion) {
        this(calendarioId, suspensionId, desde, hasta, false, motivo, acuerdo, fechaPublicacion);
    }
}
