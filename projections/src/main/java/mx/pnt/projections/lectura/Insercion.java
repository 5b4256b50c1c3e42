package mx.pnt.projections.lectura;

/**
 * A repository fragment for the row an event opens: {@link #insertar} persists it without asking first whether it
 * exists, where {@code save} of an entity with its own key merges, which reads the row before every insert. Only for
 * an event that is the first of the row by the domain's own rules (a solicitud's presentation for its folio, an
 * event's own sequence number or identifier as key): a row already there then means a fault, and the lot fails and is
 * retried or parked instead of being overwritten. A rebuild of the plazos, tracking and bandeja read models spent a
 * tenth of its time in those reads (docs/performance.md).
 */
public interface Insercion<T> {

    void insertar(T fila);
}
