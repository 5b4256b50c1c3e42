package mx.pnt.events.solicitud;

/** How the solicitud reached the sujeto obligado (Cuadragésimo octavo, Cuadragésimo noveno). */
public enum MedioDePresentacion {
    /** Presented by the solicitante through the SISAI. */
    PLATAFORMA,
    /** Captured by the Unidad de Transparencia in the módulo manual (escrito, correo, verbal...). */
    CAPTURA_MANUAL
}
