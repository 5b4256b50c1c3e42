package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** "Listar": the proyecto de resolución ready to be voted (Nonagésimo tercero). */
public record ListarRecurso(@TargetAggregateIdentifier String folio, ResponderSolicitud.Anexo proyecto) {
}
