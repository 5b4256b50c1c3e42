package mx.pnt.plazos;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Fixed Spanish renderings of dates and times for legal explanations.
 *
 * <p>Written by hand instead of with {@code DateTimeFormatter}/{@code String.format}: those consult the
 * JVM default locale (digits, day names), and a text shown to a court must not change with the server.
 */
public final class FormatoLegal {

    private static final String[] DIAS = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"};

    private FormatoLegal() {
    }

    /** dd/MM/yyyy, always ASCII digits. */
    public static String fecha(LocalDate fecha) {
        return dos(fecha.getDayOfMonth()) + "/" + dos(fecha.getMonthValue()) + "/" + cuatro(fecha.getYear());
    }

    /** HH:mm, 24 h. */
    public static String hora(LocalTime hora) {
        return dos(hora.getHour()) + ":" + dos(hora.getMinute());
    }

    /** "UTC-06:00" style, independent of locale. */
    public static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC+00:00" : "UTC" + offset.getId();
    }

    public static String diaDeLaSemana(DayOfWeek dia) {
        return DIAS[dia.getValue() - 1];
    }

    private static String dos(int valor) {
        return valor < 10 ? "0" + valor : Integer.toString(valor);
    }

    private static String cuatro(int valor) {
        String s = Integer.toString(Math.abs(valor));
        while (s.length() < 4) {
            s = "0" + s;
        }
        return valor < 0 ? "-" + s : s;
    }
}
