package mx.pnt.events.solicitud;

/**
 * Where the solicitante receives notifications (LGTAIP 2025, art. 126 I). Presenting through the Plataforma
 * means accepting notifications there unless another medium is named (art. 127; Lineamientos, Cuadragésimo
 * noveno); without a usable medium, notifications go to the estrados of the Unidad de Transparencia.
 */
public enum MedioDeNotificacion {
    /** The Plataforma itself: an act is notified the moment it is recorded. */
    PLATAFORMA,
    CORREO_ELECTRONICO,
    /** The domicilio the solicitante gave (correo certificado, mensajería or in person). */
    DOMICILIO,
    /** The estrados of the Unidad de Transparencia: named by the solicitante, or where the named medium failed. */
    ESTRADOS;

    /** Whether the Unidad must practise the notification itself and record it (any medium but the Plataforma). */
    public boolean practicadaPorLaUnidad() {
        return this != PLATAFORMA;
    }
}
