package mx.pnt.projections.estadisticas;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The statistics asked for: one row per garante, sujeto obligado, period and tipo of solicitud, and the SICOM's
 * comunicados per garante, sujeto obligado and period.
 */
public record Estadisticas(LocalDate desde, LocalDate hasta, LocalDate corte, String periodo,
                           List<FilaDeSolicitudes> filas, List<FilaDeComunicados> comunicados) {

    /**
     * Solicitudes and the recursos against their answers. The solicitudes of a row are those received in the
     * period (a cohort), followed up to the cut-off date; respuestas and recursos are those given and filed in the
     * period.
     *
     * @param periodo                    first day of the period
     * @param respondidasEnTiempo        of the cohort, answered on or before the deadline
     * @param diasParaResponderPromedio  días hábiles from reception to answer, time waiting on a requerimiento left
     *                                   out; null when none was answered. Averages and percentiles are rounded to
     *                                   the hundredth
     * @param prevenciones               requerimientos de información adicional (LGTAIP 2025, art. 130)
     * @param respuestasEnElPeriodo      answers given in the period
     * @param recursosPor100Respuestas   recursos filed in the period per 100 answers given in it; null without answers
     * @param tasaDeCumplimiento         of the cumplimientos qualified, the share found complied; null when none
     */
    public record FilaDeSolicitudes(String garanteId, String sujetoObligadoId, LocalDate periodo, String tipo,
                                    long solicitudesRecibidas, long respondidas, long respondidasEnTiempo,
                                    Double diasParaResponderPromedio, Double diasParaResponderMediana,
                                    Double diasParaResponderP90, long prevenciones, long ampliaciones,
                                    long incompetencias, long respuestasEnElPeriodo, long recursosInterpuestos,
                                    Double recursosPor100Respuestas, Map<String, Long> recursosPorLitis,
                                    Map<String, Long> recursosPorSentido, long cumplimientosCalificados,
                                    long cumplimientosCumplidos, Double tasaDeCumplimiento) {
    }

    /**
     * @param horasALecturaPromedio hours from the envío to the confirmed reading, of those read by the cut-off date
     */
    public record FilaDeComunicados(String garanteId, String sujetoObligadoId, LocalDate periodo, long enviados,
                                    long leidos, Double horasALecturaPromedio) {
    }
}
