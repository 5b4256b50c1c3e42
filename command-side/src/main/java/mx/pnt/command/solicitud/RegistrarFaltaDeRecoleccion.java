package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The sixty días the paid information stays available ran out without its delivery: the solicitud concludes (LGTAIP
 * 2025, art. 137). Sent by the platform's timer, or by the Unidad de Transparencia.
 */
public record RegistrarFaltaDeRecoleccion(@TargetAggregateIdentifier String folio) {
}
