package mx.pnt.plazos.reglas;

import java.util.Objects;

/**
 * A plazo in días hábiles with the provision that sets it.
 *
 * @param ley      short name of the law or instrument, e.g. "LGTAIP 2025", "Lineamientos PNT"
 * @param articulo article number ("134") or, for the Lineamientos, the numeral ("Cuadragésimo noveno")
 */
public record ReglaDePlazo(Paso paso, int dias, String ley, String articulo) {

    public ReglaDePlazo {
        Objects.requireNonNull(paso, "paso");
        Objects.requireNonNull(ley, "ley");
        Objects.requireNonNull(articulo, "articulo");
        if (dias < 1) {
            throw new IllegalArgumentException("Un plazo tiene al menos un día hábil: " + paso + " = " + dias);
        }
        if (ley.isBlank() || articulo.isBlank()) {
            throw new IllegalArgumentException("Toda regla de plazo cita su ley y artículo: " + paso);
        }
    }

    /** e.g. "LGTAIP 2025, art. 134"; "Lineamientos PNT, Cuadragésimo noveno". */
    public String citar() {
        boolean numerico = Character.isDigit(articulo.charAt(0));
        return ley + ", " + (numerico ? "art. " + articulo : articulo);
    }
}
