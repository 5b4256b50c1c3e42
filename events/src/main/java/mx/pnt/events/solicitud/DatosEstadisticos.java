package mx.pnt.events.solicitud;

/**
 * Optional data "utilizada para fines estadísticos", as the Lineamientos ask of the recurso de inconformidad
 * (Nonagésimo octavo XIII: sexo, age, ocupación). Never required, never shown with the request; only statistics
 * read it. An age range rather than a birth date, so it identifies no one.
 */
public record DatosEstadisticos(String sexo, String rangoDeEdad, String ocupacion) {
}
