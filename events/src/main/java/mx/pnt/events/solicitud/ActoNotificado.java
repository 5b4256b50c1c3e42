package mx.pnt.events.solicitud;

/**
 * The acts of a solicitud notified to the solicitante in the medium they named (Lineamientos, Cuadragésimo
 * noveno; Quincuagésimo octavo, Sexagésimo cuarto and Sexagésimo quinto for a solicitud presented by other means).
 */
public enum ActoNotificado {
    /** The acuse de recibo of a solicitud captured by the Unidad (Cuadragésimo noveno, second paragraph). */
    ACUSE_DE_RECIBO,
    /** The requerimiento de información adicional: the desahogo plazo runs from its notification. */
    REQUERIMIENTO_INFORMACION_ADICIONAL,
    /** The ampliación of the response plazo, due before the deadline it extends. */
    AMPLIACION,
    /** The respuesta: the recurso plazo (and the plazo de pago, when there are costs) run from its notification. */
    RESPUESTA
}
