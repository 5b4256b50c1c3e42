package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The solicitante's answer to the requerimiento de información adicional (Quincuagésimo noveno); for a solicitud
 * captured manually the Unidad de Transparencia registers the answer it received (Quincuagésimo octavo, 2nd par.).
 */
public record DesahogarRequerimiento(@TargetAggregateIdentifier String folio, String desahogo) {
}
