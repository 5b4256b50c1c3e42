package mx.pnt.plazos;

/**
 * A garante's board ranges (Lineamientos, Vigésimo tercero VII), in días hábiles remaining (r):
 * VERDE when r &gt; verdeMasDe; AMARILLO when amarilloDesde &lt;= r &lt;= verdeMasDe; ROJO when r &lt; amarilloDesde,
 * which includes the deadline day itself (r = 0) and any date after it.
 * E.g. (10, 4): 11+ left green, 4..10 yellow, 3..0 and overdue red.
 */
public record RangosSemaforo(int verdeMasDe, int amarilloDesde) {

    public RangosSemaforo {
        if (amarilloDesde < 1) {
            throw new IllegalArgumentException("amarilloDesde debe ser al menos 1: el día del vencimiento es rojo");
        }
        if (verdeMasDe < amarilloDesde) {
            throw new IllegalArgumentException("El rango amarillo quedaría vacío: verdeMasDe (" + verdeMasDe
                    + ") < amarilloDesde (" + amarilloDesde + ")");
        }
    }
}
