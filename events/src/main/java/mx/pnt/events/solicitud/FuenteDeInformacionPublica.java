package mx.pnt.events.solicitud;

/**
 * Where information already public can be consulted, reproduced or acquired (Lineamientos, Sexagésimo primero;
 * LGTAIP 2025, art. 132).
 */
public record FuenteDeInformacionPublica(String fuente, String lugar, String forma) {
}
