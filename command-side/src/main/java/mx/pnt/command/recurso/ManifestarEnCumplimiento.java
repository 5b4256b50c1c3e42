package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * The recurrente's manifestación on the cumplimiento (Nonagésimo sexto); {@code recibidaEn} only when the garante
 * uploads one received by another medium.
 */
public record ManifestarEnCumplimiento(@TargetAggregateIdentifier String folio, String manifestacion,
                                       List<ResponderSolicitud.Anexo> anexos, Instant recibidaEn) {
}
