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
        return explicar(fecha, contado, k, n, contado ? null : omision.explicar());
    }

    /**
     * The line of a day kept apart from its computo (a read model stores the reason already worded), e.g.
     * "04/03/2025: día 1 de 20." or "08/03/2025: no se cuenta, sábado.".
     */
    public static String explicar(LocalDate fecha, boolean contado, int k, int n, String razon) {
        return FormatoLegal.fecha(fecha) + ": "
                + (contado ? "día " + k + " de " + n + "." : "no se cuenta, " + razon + ".");
    }
}
