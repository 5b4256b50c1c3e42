package mx.pnt.events.solicitud;

/** The modality in which the solicitante prefers access (LGTAIP 2025, art. 126 III). */
public enum ModalidadDeEntrega {
    /** Only for orientation purposes. */
    VERBAL,
    CONSULTA_DIRECTA,
    COPIA_SIMPLE,
    COPIA_CERTIFICADA,
    /** Reproduction in electronic means, including delivery through the Plataforma. */
    ELECTRONICA
}
