package mx.pnt.events;

/**
 * The aggregate types the event store records with each event: the aggregates declare them
 * ({@code @Aggregate(type = ...)}), and a reader picks a procedure's events by them without deserialising them.
 * They are the aggregates' class names, as Axon recorded before they were declared.
 */
public final class TiposDeAgregado {

    public static final String SOLICITUD = "Solicitud";
    public static final String RECURSO = "Recurso";

    private TiposDeAgregado() {
    }
}
