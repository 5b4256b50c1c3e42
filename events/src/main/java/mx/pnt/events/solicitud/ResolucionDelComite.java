package mx.pnt.events.solicitud;

import java.time.LocalDate;

/**
 * A resolution of the sujeto obligado's Comité de Transparencia: to extend the response plazo (Sexagésimo cuarto),
 * or on a classification, an inexistence or an incompetence (Sexagésimo segundo, tercero; LGTAIP 2025, art. 139).
 *
 * @param numero  its number or key, as the Comité issued it
 * @param fecha   the day the Comité resolved
 * @param sentido what it decided
 */
public record ResolucionDelComite(String numero, LocalDate fecha, SentidoDeResolucion sentido) {
}
