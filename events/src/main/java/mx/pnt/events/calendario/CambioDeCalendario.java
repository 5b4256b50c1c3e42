package mx.pnt.events.calendario;

/**
 * A change of an official calendar that can move deadlines: the recalculation policy finds the open plazos
 * that cross {@code afectaDesde..afectaHasta} and recomputes them, citing {@link #describir()} as the cause.
 */
public interface CambioDeCalendario {

    String calendarioId();

    /** First date whose día-hábil status (or reception hours) changed. */
    java.time.LocalDate afectaDesde();

    /** Last date whose día-hábil status changed, inclusive ({@link java.time.LocalDate#MAX} when open-ended). */
    java.time.LocalDate afectaHasta();

    /** The agreement that grounds the change (number or name). */
    String acuerdo();

    /** When that agreement was published. */
    java.time.LocalDate fechaPublicacion();

    /** The calendar's revision after this change. */
    long revision();

    /**
     * True when the change only governs receptions from {@link #afectaDesde()} on (a change of reception hours):
     * it can move only the plazos of procedures received on or after that date.
     */
    default boolean soloRecepciones() {
        return false;
    }

    /** Spanish one-liner naming the agreement, e.g. for the cause of a recalculated plazo. */
    String describir();
}
