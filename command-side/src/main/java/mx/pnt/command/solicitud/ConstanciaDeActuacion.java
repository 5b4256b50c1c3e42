package mx.pnt.command.solicitud;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the platform answers to an actuación on a solicitud: when it was recorded, in the garante's zone, and the
 * plazo that runs after it (none once the procedure ended).
 *
 * @param plazoEnCurso   the step whose plazo now runs (e.g. RESPUESTA, DESAHOGO_REQUERIMIENTO); null when none
 * @param vencimiento    its deadline; null when none runs or a suspension "hasta nuevo aviso" stops it
 * @param suspendidoDesde when such a suspension stops it, its first day
 */
public record ConstanciaDeActuacion(String folio, String actuacion, LocalDateTime registradaEn, String zonaHoraria,
                                    String desfaseUtc, String plazoEnCurso, LocalDate vencimiento,
                                    LocalDate suspendidoDesde) {
}
