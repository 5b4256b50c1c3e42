package mx.pnt.events.calendario;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Formats dates and agreements the way the Spanish descriptions of calendar changes cite them. */
final class FormatoDeCambio {

    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter HORA = DateTimeFormatter.ofPattern("HH:mm");

    private FormatoDeCambio() {
    }

    static String fecha(LocalDate fecha) {
        return FECHA.format(fecha);
    }

    static String hora(LocalTime hora) {
        return HORA.format(hora);
    }

    /** "Acuerdo X, DOF dd/mm/yyyy"; an agreement already named "Acuerdo ..." is not prefixed twice. */
    static String acuerdo(String acuerdo, LocalDate fechaPublicacion) {
        String nombre = acuerdo.regionMatches(true, 0, "Acuerdo", 0, 7) ? acuerdo : "Acuerdo " + acuerdo;
        return nombre + ", DOF " + fecha(fechaPublicacion);
    }
}
