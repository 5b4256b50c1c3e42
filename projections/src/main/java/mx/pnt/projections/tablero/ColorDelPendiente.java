package mx.pnt.projections.tablero;

import mx.pnt.plazos.ColorSemaforo;

/** Where an item of the board stands on the date asked: a semáforo colour, or why it has none. */
public enum ColorDelPendiente {
    ROJO,
    AMARILLO,
    VERDE,
    /** Its plazo is stopped by a suspension "hasta nuevo aviso": no deadline until it is lifted. */
    SUSPENDIDO,
    /** Open with no deadline: an unread comunicado. */
    SIN_PLAZO;

    static ColorDelPendiente de(ColorSemaforo color) {
        return valueOf(color.name());
    }
}
