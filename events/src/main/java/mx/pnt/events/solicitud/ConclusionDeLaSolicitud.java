package mx.pnt.events.solicitud;

/**
 * An event that ends the procedure of a solicitud, whatever the way: no presentada, delivered, concluded without
 * payment or without collection, an ARCO right made effective. What follows running plazos (the command side's
 * lookup, the plazos and the bandeja) forgets the folio on any of them alike. An answer is not one: upon payment or
 * for an ARCO right, the procedure goes on.
 */
public interface ConclusionDeLaSolicitud {

    String folio();
}
