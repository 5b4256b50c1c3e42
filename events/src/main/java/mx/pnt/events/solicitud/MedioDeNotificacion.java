package mx.pnt.events.solicitud;

/**
 * Where the solicitante receives notifications (LGTAIP 2025, art. 126 I). Presenting through the Plataforma
 * means accepting notifications there unless another medium is named (art. 127; Lineamientos, Cuadragésimo
 * noveno); without a usable medium, notifications go to the estrados of the Unidad de Transparencia.
 */
public enum MedioDeNotificacion {
    PLATAFORMA,
    CORREO_ELECTRONICO,
    ESTRADOS
}
