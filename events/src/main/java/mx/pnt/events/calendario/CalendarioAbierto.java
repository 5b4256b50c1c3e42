package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalTime;

/**
 * The official calendar of a garante (or the registered calendar of a sujeto obligado) was opened with its zone
 * and reception hours (Cuadragésimo noveno: the garante sets the hours).
 *
 * @param titularId the garante or sujeto obligado whose calendar this is
 * @param zona      IANA zone id, e.g. America/Mexico_City
 */
@Revision("1")
public record CalendarioAbierto(String calendarioId, String titularId, String zona, LocalTime apertura,
                                LocalTime cierre) {
}
