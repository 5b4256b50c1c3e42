package mx.pnt.projections.sicom;

import java.time.LocalDateTime;

/**
 * An answer to a requerimiento (Centésimo trigésimo séptimo): when the garante received it and, once it confirmed the
 * reading, when it viewed it.
 *
 * @param enTiempo whether it came by the fecha límite
 */
public record RespuestaAlRequerimiento(String folio, LocalDateTime recibidaEn, String zonaDeRecepcion,
                                       boolean enTiempo, LocalDateTime visualizadaEn, String zonaDeVisualizacion) {

    RespuestaAlRequerimiento visualizada(LocalDateTime en, String zona) {
        return new RespuestaAlRequerimiento(folio, recibidaEn, zonaDeRecepcion, enTiempo, en, zona);
    }
}
