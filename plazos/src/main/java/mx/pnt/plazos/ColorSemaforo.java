package mx.pnt.plazos;

/** Colour of a plazo on a control board (Lineamientos, Vigésimo tercero VII). */
public enum ColorSemaforo {
    VERDE,
    AMARILLO,
    ROJO
}
