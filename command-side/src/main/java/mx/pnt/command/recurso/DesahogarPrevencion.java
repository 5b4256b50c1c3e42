package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * The recurrente's answer to the prevención, in the Plataforma; or, received by another medium, uploaded by the
 * garante with the day and hour it was received (Octogésimo sexto, last paragraph).
 */
public record DesahogarPrevencion(@TargetAggregateIdentifier String folio, String desahogo,
                                  List<ResponderSolicitud.Anexo> anexos, Instant recibidoEn) {
}
