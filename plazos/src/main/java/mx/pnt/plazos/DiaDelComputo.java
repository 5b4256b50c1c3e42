package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One calendar date of a computo: counted as día k of n, or skipped with its {@link Omision}.
 *
 * @param omision null when {@code contado}; k and n are 0 when not counted
 */
public record DiaDelComputo(LocalDate fecha, boolean contado, int k, int n, Omision omision) {

    public DiaDelComputo {
        Objects.requireNonNull(fecha, "fecha");
        if (contado && (omision != null || k < 1 || k > n)) {
            throw new IllegalArgumentException("Un día contado necesita 1 <= k <= n y ninguna omisión");
        }
        if (!contado && omision == null) {
            throw new IllegalArgumentException("Un día no contado necesita su motivo");
        }
    }

    public static DiaDelComputo contado(LocalDate fecha, int k, int n) {
        return new DiaDelComputo(fecha, true, k, n, null);
    }

    public static DiaDelComputo omitido(LocalDate fecha, Omision omision) {
        return new DiaDelComputo(fecha, false, 0, 0, omision);
    }

    public String explicar() {
        return FormatoLegal.fecha(fecha) + ": "
                + (contado ? "día " + k + " de " + n + "." : "no se cuenta, " + omision.explicar() + ".");
    }
}
