package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The sujeto obligado reports its cumplimiento, with its proof (Nonagésimo sexto). */
public record InformarCumplimiento(@TargetAggregateIdentifier String folio, String informe,
                                   List<ResponderSolicitud.Anexo> anexos) {
}
