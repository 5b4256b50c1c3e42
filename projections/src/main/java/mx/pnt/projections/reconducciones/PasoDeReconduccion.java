package mx.pnt.projections.reconducciones;

import java.time.LocalDateTime;

/**
 * One step of a recurso's reconducción history: who (usuario, in which rol), when (local date and time in the
 * garante's zone, with the zone and offset observed), from which vía and número descriptivo to which, why, and the
 * version of the ficha generated with it.
 *
 * @param ordinal   1 for the first reconducción of the recurso
 * @param ponenteId the ponente kept; null before the turno
 */
public record PasoDeReconduccion(String folio, int ordinal, String garanteId, String usuario, String rol,
                                 LocalDateTime reconducidoEn, String zonaHoraria, String desfase, String viaAnterior,
                                 String via, String numeroAnterior, String numeroDescriptivo, String motivo,
                                 int fichaVersion, String ponenteId) {
}
