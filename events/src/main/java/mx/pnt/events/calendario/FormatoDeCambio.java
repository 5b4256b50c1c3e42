package mx.pnt.events.calendario;

import java.time.LocalDate;
import java.time.LocalTime;
import mx.pnt.plazos.FormatoLegal;

/**
 * Cites agreements the way the Spanish descriptions of calendar changes do; dates and hours use the one legal
 * formatter ({@link FormatoLegal}), which no JVM default can change.
 */
final class FormatoDeCambio {

    private FormatoDeCambio() {
    }

    static String fecha(LocalDate fecha) {
        return FormatoLegal.fecha(fecha);
    }

    static String hora(LocalTime hora) {
        return FormatoLegal.hora(hora);
    }

    /** "Acuerdo X, DOF dd/mm/yyyy"; an agreement already named "Acuerdo ..." is not prefixed twice. */
    static String acuerdo(String acuerdo, LocalDate fechaPublicacion) {
        String nombre = acuerdo.regionMatches(true, 0, "Acuerdo", 0, 7) ? acuerdo : "Acuerdo " + acuerdo;
        return nombre + ", DOF " + fecha(fechaPublicacion);
    }
}
