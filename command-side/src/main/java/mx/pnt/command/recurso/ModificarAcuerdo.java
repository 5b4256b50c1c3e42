package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A new version of an acuerdo not yet emitted (Octogésimo cuarto): its text edited, or a PDF loaded in its place.
 *
 * @param texto     the whole new text; or
 * @param documento a PDF already in the document store
 */
public record ModificarAcuerdo(@TargetAggregateIdentifier String folio, AcuerdoDelRecurso acuerdo, String texto,
                               ResponderSolicitud.Anexo documento) {
}
