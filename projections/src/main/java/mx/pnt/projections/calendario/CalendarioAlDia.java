package mx.pnt.projections.calendario;

import java.time.LocalDate;

/**
 * Query: a calendar as it stood at the end of {@code fecha} — every change RECORDED on or before that date (the
 * event's timestamp, as a date in the calendar's zone), whatever dates the change concerns or its agreement's
 * publication date. That is what the platform knew, and so applied, on that day.
 */
public record CalendarioAlDia(String calendarioId, LocalDate fecha) {
}
