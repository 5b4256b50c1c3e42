package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Recompute the running plazos of a solicitud against the calendars as they stand now, with the rule and steps
 * each plazo recorded. Sent by the recalculation policy when a calendar change crosses them.
 *
 * @param causa the calendar change that prompted it, naming its agreement
 */
public record RecalcularPlazos(@TargetAggregateIdentifier String folio, String causa) {
}
