package mx.pnt.events.plazo;

import java.util.Objects;

/**
 * One calendar a deadline was computed with, at the revision it had then. A plazo records one pair per calendar
 * combined (the garante's, the sujeto obligado's own, the platform's), so the exact calendar can be rebuilt from
 * those revisions alone, years later.
 */
public record RevisionDeCalendario(String calendarioId, long revision) {

    public RevisionDeCalendario {
        Objects.requireNonNull(calendarioId, "calendarioId");
        if (revision < 1) {
            throw new IllegalArgumentException("Un calendario abierto tiene revisión 1 o mayor: " + revision);
        }
    }

    /** e.g. "garante:federal@12". */
    public String describir() {
        return calendarioId + "@" + revision;
    }
}
