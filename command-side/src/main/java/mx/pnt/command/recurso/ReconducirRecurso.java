package mx.pnt.command.recurso;

import mx.pnt.plazos.reglas.Materia;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reconducción to the right vía (Septuagésimo noveno; Octogésimo primero). */
public record ReconducirRecurso(@TargetAggregateIdentifier String folio, Materia via, String motivo) {
}
