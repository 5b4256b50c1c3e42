package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;

/**
 * The answer grants access upon payment: it is recorded together with {@link SolicitudRespondida}, and the
 * solicitante has thirty días from the notification to pay (Lineamientos, Sexagésimo sexto; LGTAIP 2025, art. 137).
 *
 * @param sujetoObligadoId whose calendars govern the plazo de pago (with its garante's)
 * @param total       what is due, in centavos (see {@link Costos#total()})
 * @param plazoDePago the thirty días to pay; null until the respuesta is notified in a medium other than the
 *                    Plataforma ({@link NotificacionPracticada})
 */
@Revision("2")
public record CostosFijados(String folio, String sujetoObligadoId, String garanteId, Costos costos, long total,
                            PlazoFijado plazoDePago) {
}
