package mx.pnt.projections.expediente;

import java.time.Instant;
import java.util.List;

/**
 * An expediente as it stood at an instant, rebuilt from its aggregate's events (and those of the recursos accumulated
 * to it by then), never from a read model, so it shows exactly what was recorded up to that instant.
 *
 * @param clase           SOLICITUD or RECURSO
 * @param particular      the account of the solicitante or recurrente; null for a capture on paper
 * @param acumulados      the recursos accumulated to this one by {@code al}, whose actuaciones are included
 * @param plazosConocidos for each step, the last deadline recorded up to {@code al}, with the event that recorded it
 */
public record Expediente(String folio, String clase, String garanteId, String sujetoObligadoId, String particular,
                         Instant al, List<String> acumulados, List<Actuacion> actuaciones,
                         List<PlazoDelExpediente> plazosConocidos) {
}
