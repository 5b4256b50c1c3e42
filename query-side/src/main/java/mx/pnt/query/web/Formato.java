package mx.pnt.query.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates, times and numbers as a person in Mexico reads them (es-MX): 05/01/2027, 01:30:08, 1,234.5. A time always
 * names its zone, since a garante in Tijuana and one in Mexico City record the same instant at different hours.
 * The API's values are printed as recorded, never converted: the legal local time travels with each actuación.
 * Templates call it as the bean {@code @formato}.
 */
@org.springframework.stereotype.Component("formato")
public final class Formato {

    public static final Locale MEXICO = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy", MEXICO);
    private static final DateTimeFormatter FECHA_LARGA = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy",
            MEXICO);
    private static final DateTimeFormatter HORA = DateTimeFormatter.ofPattern("HH:mm:ss", MEXICO);

    /** "2027-01-05" as 05/01/2027; anything else as it came. */
    public String fecha(Object valor) {
        return dia(valor, FECHA);
    }

    /** "2027-01-05" as "martes 5 de enero de 2027". */
    public String fechaLarga(Object valor) {
        return dia(valor, FECHA_LARGA);
    }

    private static String dia(Object valor, DateTimeFormatter formato) {
        if (valor == null) {
            return "—";
        }
        try {
            return LocalDate.parse(valor.toString()).format(formato);
        } catch (DateTimeParseException e) {
            return valor.toString();
        }
    }

    /** A recorded local date and time with its zone: "24/11/2026 01:30:08, hora de Ciudad de México (UTC-06:00)". */
    public String fechaHora(Object local, Object zona, Object desfase) {
        if (local == null) {
            return "—";
        }
        String texto = local.toString();
        try {
            LocalDateTime momento = texto.length() > 19 && (texto.endsWith("Z") || texto.matches(".*[+-]\\d\\d:\\d\\d$"))
                    ? OffsetDateTime.parse(texto).toLocalDateTime() : LocalDateTime.parse(texto);
            return momento.format(FECHA) + " " + momento.format(HORA) + zona(zona, desfase);
        } catch (DateTimeParseException e) {
            return texto;
        }
    }

    /** An instant with offset (as the API answers "al") read in a zone: "11/02/2026 12:00:00, hora de ...". */
    public String instante(Object instante, Object zona) {
        if (instante == null) {
            return "—";
        }
        try {
            ZoneId enZona = ZoneId.of(String.valueOf(zona));
            var local = OffsetDateTime.parse(instante.toString()).atZoneSameInstant(enZona);
            return local.format(FECHA) + " " + local.format(HORA) + zona(enZona, local.getOffset());
        } catch (RuntimeException e) {
            return instante.toString();
        }
    }

    public String fechaHora(Object local, Object zona) {
        return fechaHora(local, zona, null);
    }

    /** ", hora de America/Mexico_City (UTC-06:00)", or nothing when the zone is unknown. */
    public String zona(Object zona, Object desfase) {
        if (zona == null) {
            return "";
        }
        String nombre;
        try {
            nombre = ZoneId.of(zona.toString()).getDisplayName(TextStyle.FULL, MEXICO);
        } catch (RuntimeException e) {
            nombre = zona.toString();
        }
        return ", " + nombre + " (" + zona + (desfase == null ? "" : ", UTC" + desfase) + ")";
    }

    public String entero(Object valor) {
        if (valor == null) {
            return "—";
        }
        return NumberFormat.getIntegerInstance(MEXICO).format(((Number) valor).longValue());
    }

    public String decimal(Object valor) {
        if (valor == null) {
            return "—";
        }
        NumberFormat formato = NumberFormat.getNumberInstance(MEXICO);
        formato.setMaximumFractionDigits(1);
        formato.setMinimumFractionDigits(1);
        return formato.format(((Number) valor).doubleValue());
    }

    public String porcentaje(Object valor) {
        if (valor == null) {
            return "—";
        }
        NumberFormat formato = NumberFormat.getPercentInstance(MEXICO);
        formato.setMaximumFractionDigits(1);
        return formato.format(((Number) valor).doubleValue());
    }

    /** An API enum name as words: "ACCESO_A_LA_INFORMACION" as "Acceso a la información". */
    public String nombre(Object valor) {
        if (valor == null) {
            return "—";
        }
        String texto = Nombres.DE_LA_API.getOrDefault(valor.toString(), null);
        if (texto != null) {
            return texto;
        }
        String llano = valor.toString().replace('_', ' ').toLowerCase(MEXICO);
        return llano.isEmpty() ? llano : Character.toUpperCase(llano.charAt(0)) + llano.substring(1);
    }
}
