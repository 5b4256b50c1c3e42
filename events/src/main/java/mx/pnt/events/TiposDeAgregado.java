package mx.pnt.events;

/**
 * The aggregate types as the event store records them with each event (Axon's aggregate type: the aggregate's class
 * name), for a reader that picks a procedure's events without deserialising them.
 */
public final class TiposDeAgregado {

    public static final String SOLICITUD = "Solicitud";
    public static final String RECURSO = "Recurso";

    private TiposDeAgregado() {
    }
}
