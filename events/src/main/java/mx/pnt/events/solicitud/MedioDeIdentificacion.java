package mx.pnt.events.solicitud;

/** How the titular of personal data proves who they are (LGPDPPSO 2025, art. 87). */
public enum MedioDeIdentificacion {
    IDENTIFICACION_OFICIAL,
    FIRMA_ELECTRONICA_AVANZADA,
    /** A mechanism authorised by the Secretaría or the Autoridad garante by a published agreement. */
    MECANISMO_AUTORIZADO
}
