package mx.pnt.projections.bandeja;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One open solicitud of a Unidad de Transparencia's bandeja.
 *
 * @param porNotificar the acts the Unidad still has to notify in the solicitante's medium (Cuadragésimo noveno)
 * @param siguiente what is expected next: NOTIFICAR, TURNAR, RESPONDER, ESPERAR_DESAHOGO, ESPERAR_PAGO,
 *                  ENTREGAR or HACER_EFECTIVO
 * @param detalle   the same in words, with the rule
 */
public record ElementoDeBandeja(String folio, String tipo, String medioDeEntrada, LocalDateTime fechaHoraDeRecepcion,
                                String zonaHoraria, String estado, String plazoEnCurso, LocalDate vencimiento,
                                LocalDate suspendidoDesde, boolean turnada, boolean ampliada,
                                boolean requerimientoFormulado, List<String> porNotificar, String siguiente,
                                String detalle) {
}
