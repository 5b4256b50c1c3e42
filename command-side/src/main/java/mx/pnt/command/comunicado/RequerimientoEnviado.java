package mx.pnt.command.comunicado;

import java.time.LocalDate;

/**
 * A requerimiento de información as its answer reads it (Centésimo trigésimo séptimo), from the command-side lookup:
 * who sent it to whom, in which recurso, and by when it must be answered.
 */
public record RequerimientoEnviado(String folio, String garanteId, String sujetoObligadoId, String recurso,
                                   LocalDate fechaLimite) {
}
