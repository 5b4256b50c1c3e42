package mx.pnt.projections.expediente;

import java.time.Instant;

/**
 * The expediente of a solicitud or a recurso as it stood at {@code al}: every actuación recorded up to that instant,
 * with the deadlines then known; {@code al} null: as it stands now.
 */
public record ExpedienteAlDia(String folio, Instant al) {
}
