package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Require the solicitante, once, to clarify the solicitud (Quincuagésimo octavo; LGTAIP 2025, art. 130).
 *
 * @param parcial the requerimiento concerns only part of the contents requested
 */
public record RequerirInformacionAdicional(@TargetAggregateIdentifier String folio, String requerimiento,
                                           boolean parcial) {
}
