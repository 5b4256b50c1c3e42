package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Recompute the running plazos of a recurso against the calendars as they stand now, with the rule and steps each
 * plazo recorded. Sent by the recalculation policy when a calendar change crosses them, as for the solicitudes.
 *
 * @param causa the calendar change that prompted it, naming its agreement
 */
public record RecalcularPlazosDelRecurso(@TargetAggregateIdentifier String folio, String causa) {
}
