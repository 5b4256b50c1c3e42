package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Turn the solicitud to the unidades administrativas that may hold the information (Quincuagésimo séptimo). */
public record TurnarSolicitud(@TargetAggregateIdentifier String folio, List<String> unidadesAdministrativas) {
}
