package mx.pnt.events.solicitud;

/** What the Comité de Transparencia decided on the area's determination (LGTAIP 2025, art. 139). */
public enum SentidoDeResolucion {
    CONFIRMA,
    MODIFICA,
    REVOCA
}
