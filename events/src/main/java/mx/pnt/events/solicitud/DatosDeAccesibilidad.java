package mx.pnt.events.solicitud;

/**
 * The reasonable accommodations the solicitante may ask for, so that speakers of an indigenous language and persons
 * with a disability exercise the right on equal terms (Lineamientos, Cuadragésimo cuarto and Quincuagésimo segundo;
 * the same two fields the Lineamientos give the recurso de inconformidad, Nonagésimo octavo XIV). Optional; kept
 * apart from the request itself.
 *
 * @param lenguaIndigena   the language in which to be attended
 * @param formatoAccesible the format in which to receive the information
 */
public record DatosDeAccesibilidad(String lenguaIndigena, String formatoAccesible) {
}
