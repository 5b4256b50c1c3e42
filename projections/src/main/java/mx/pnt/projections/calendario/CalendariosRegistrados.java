package mx.pnt.projections.calendario;

/** Query: every official calendar with its current revision. */
public record CalendariosRegistrados() {
}
