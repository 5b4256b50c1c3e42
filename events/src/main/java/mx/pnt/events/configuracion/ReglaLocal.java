package mx.pnt.events.configuracion;

/**
 * A plazo set by a Ley Local for one step: días hábiles and the article that sets them.
 */
public record ReglaLocal(int dias, String articulo) {
}
