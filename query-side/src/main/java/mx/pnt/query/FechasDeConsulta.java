package mx.pnt.query;

import java.time.LocalDate;

/**
 * The dates a query may ask about. ISO-8601 admits years up to 999,999,999, which neither date arithmetic nor
 * PostgreSQL can take; a query about them is a malformed one, answered 400 in Spanish, never a 500.
 */
public final class FechasDeConsulta {

    static final int PRIMER_ANIO = 1900;
    static final int ULTIMO_ANIO = 2999;

    private FechasDeConsulta() {
    }

    /** Why {@code fecha} cannot be asked about, or an empty text when it can (or is absent). */
    public static String fueraDeRango(String parametro, LocalDate fecha) {
        if (fecha == null || (fecha.getYear() >= PRIMER_ANIO && fecha.getYear() <= ULTIMO_ANIO)) {
            return "";
        }
        return "La fecha " + parametro + " va del año " + PRIMER_ANIO + " al " + ULTIMO_ANIO + ". ";
    }
}
