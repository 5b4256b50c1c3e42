package mx.pnt.projections.particular;

import java.time.LocalDateTime;

/** One folio of a particular: SOLICITUD or RECURSO, its sujeto obligado, and the legal reception as recorded. */
public record ElementoDeFolios(String folio, String clase, String sujetoObligadoId, LocalDateTime recibido,
                               String zona) {
}
