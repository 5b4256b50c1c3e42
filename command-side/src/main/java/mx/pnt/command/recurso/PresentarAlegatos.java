package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.ParteDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Alegatos y pruebas, or an alcance, of a party (Octogésimo séptimo); {@code parte} and {@code recibidoEn} only when
 * the garante uploads what it received by another medium.
 */
public record PresentarAlegatos(@TargetAggregateIdentifier String folio, ParteDelRecurso parte, String alegatos,
                                List<ResponderSolicitud.Anexo> anexos, Instant recibidoEn) {
}
