package mx.pnt.projections.plazos;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.List;

/**
 * The proof of a running plazo, day by day, as {@link PlazoEnCurso} keeps it in one JSON column (a plain array of
 * days, as before this class existed).
 *
 * <p>It deliberately does not override {@code equals}: Hibernate compares a managed entity's columns with their
 * loaded state at every flush, and a transaction of a projector flushes before each query it runs. Compared as a
 * list, the proofs of every plazo in a lot were walked day by day at each of those flushes: the JVM's hottest method
 * while the read models caught up with presentations, a tenth of its samples (docs/performance.md). A proof is never
 * changed in place, only replaced whole, so comparing by reference says exactly whether it changed.
 * {@link Immutable} on the class (not on the column) is what makes Hibernate compare at all: a value of a class it
 * does not know is otherwise dirty at every flush, and written again.
 */
@Immutable
public final class PruebaDelPlazo {

    private final List<PlazoVista.Dia> dias;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    PruebaDelPlazo(List<PlazoVista.Dia> dias) {
        this.dias = List.copyOf(dias);
    }

    @JsonValue
    List<PlazoVista.Dia> dias() {
        return dias;
    }

    /**
     * The stored JSON, written without Jackson's object mapper and exactly as Hibernate's JSON mapper writes this
     * class (dates as {@code [2026,3,2]}, every field, nulls included), so that rows written either way read the
     * same: serialising it through the mapper was a seventh of this read model's time in a recomputation
     * (docs/performance.md).
     */
    String comoJson() {
        StringBuilder json = new StringBuilder(dias.size() * 72 + 2).append('[');
        for (int i = 0; i < dias.size(); i++) {
            PlazoVista.Dia dia = dias.get(i);
            LocalDate fecha = dia.fecha();
            json.append(i == 0 ? "{\"fecha\":[" : ",{\"fecha\":[").append(fecha.getYear()).append(',')
                    .append(fecha.getMonthValue()).append(',').append(fecha.getDayOfMonth())
                    .append("],\"contado\":").append(dia.contado())
                    .append(",\"k\":").append(dia.k()).append(",\"n\":").append(dia.n())
                    .append(",\"motivo\":");
            texto(json, dia.motivo());
            json.append(",\"razon\":");
            texto(json, dia.razon());
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static final String HEX = "0123456789ABCDEF";

    /** A JSON string as Jackson escapes it: quotes, backslashes and control characters; all else as it is. */
    private static void texto(StringBuilder json, String valor) {
        if (valor == null) {
            json.append("null");
        } else {
            json.append('"');
            for (int i = 0; i < valor.length(); i++) {
                char c = valor.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\b' -> json.append("\\b");
                    case '\t' -> json.append("\\t");
                    case '\n' -> json.append("\\n");
                    case '\f' -> json.append("\\f");
                    case '\r' -> json.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            json.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
    }
}
