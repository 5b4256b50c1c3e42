package mx.pnt.events.solicitud;

/**
 * The kind of answer a solicitud gets. Each kind has its own requirements and limits, checked by the command side
 * (see {@code RespuestaDeSolicitud}).
 */
public enum TipoDeRespuesta {
    /** The information is delivered in full. */
    ENTREGA,
    /** Part is delivered; the rest is classified, inexistent or another sujeto obligado's (Sexagésimo, 2nd par.). */
    ENTREGA_PARCIAL,
    /** The information is available to the public: source, place and form (Sexagésimo primero; art. 132). */
    INFORMACION_PUBLICA,
    /** Notoria incompetencia, told within three días of the reception (Sexagésimo; art. 138). */
    NOTORIA_INCOMPETENCIA,
    /** Incompetence determined by the Comité de Transparencia after the three días. */
    INCOMPETENCIA,
    /** The information does not exist in the archives, declared by the Comité (Sexagésimo tercero). */
    INEXISTENCIA,
    /** The information is classified, by resolution of the Comité (Sexagésimo segundo; art. 139). */
    CLASIFICACION
}
