package mx.pnt.projections.recursos;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One open recurso on a board.
 *
 * @param plazoEnCurso             the plazo that runs now (desahogo, alegatos, resolution, cumplimiento); null when
 *                                 none runs until a notification or a finding
 * @param vencimientoParaResolver  the deadline to resolve, with its ampliación
 * @param porNotificar             acuerdos still to notify to the recurrente in the medium it named
 * @param acumulacionesPorResolver later recursos asking to be accumulated to this one
 */
public record ElementoDeBandejaDeRecursos(String folio, String numeroDescriptivo, String via, String sujetoObligado,
                                          LocalDateTime fechaHoraDeRecepcion, String zonaHoraria, String etapa,
                                          String litis, String ponenteId, String ponente, String plazoEnCurso,
                                          LocalDate vencimiento, LocalDate suspendidoDesde,
                                          LocalDate vencimientoParaResolver, List<String> porNotificar,
                                          List<String> acumulacionesPorResolver) {
}
