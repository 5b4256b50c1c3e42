package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that the response plazo ran out without a respuesta (LGTAIP 2025, arts. 144 and 145). Sent by the
 * platform's timer ({@code VigiaDeVencimientos}); repeating it for the same deadline records nothing.
 */
public record RegistrarFaltaDeRespuesta(@TargetAggregateIdentifier String folio) {
}
