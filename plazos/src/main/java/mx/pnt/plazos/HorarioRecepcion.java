package mx.pnt.plazos;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The garante's reception hours, local to its zone (Lineamientos, Cuadragésimo noveno, last paragraph).
 * A reception at or after {@code cierre} counts the next día hábil; one before {@code apertura} counts at the
 * next opening, which is the same day when that day is hábil.
 */
public record HorarioRecepcion(LocalTime apertura, LocalTime cierre) {

    public HorarioRecepcion {
        Objects.requireNonNull(apertura, "apertura");
        Objects.requireNonNull(cierre, "cierre");
        if (!apertura.isBefore(cierre)) {
            throw new IllegalArgumentException("La apertura (" + FormatoLegal.hora(apertura)
                    + ") debe ser anterior al cierre (" + FormatoLegal.hora(cierre) + ")");
        }
    }

    /** The whole day: every reception on a día hábil counts that day. */
    public static HorarioRecepcion todoElDia() {
        return new HorarioRecepcion(LocalTime.MIDNIGHT, LocalTime.MAX);
    }

    public boolean despuesDelCierre(LocalTime hora) {
        return !hora.isBefore(cierre);
    }

    public String describir() {
        return FormatoLegal.hora(apertura) + " a " + FormatoLegal.hora(cierre);
    }
}
