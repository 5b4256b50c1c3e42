package mx.pnt.events.solicitud;

/**
 * How the solicitud physically reached the sujeto obligado (Lineamientos, Cuadragésimo octavo and noveno): through
 * the Plataforma, or by one of the other means a Unidad de Transparencia then captures.
 */
public enum MedioDeEntrada {
    PLATAFORMA,
    /** Written or in person at the Unidad de Transparencia's office. */
    PRESENCIAL,
    /** Postal mail or courier. */
    CORREO_POSTAL,
    CORREO_ELECTRONICO,
    TELEFONO,
    VERBAL,
    /** The garante's call centre, which forwards it. */
    CENTRO_DE_ATENCION_DEL_GARANTE
}
