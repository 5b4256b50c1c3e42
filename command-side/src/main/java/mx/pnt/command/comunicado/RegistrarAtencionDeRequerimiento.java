package mx.pnt.command.comunicado;

import mx.pnt.plazos.InstanteLegal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The platform records on a requerimiento the actuación that answers it (Centésimo trigésimo séptimo); sent by
 * {@link PoliticaDelSicom}, never by a person.
 */
public record RegistrarAtencionDeRequerimiento(@TargetAggregateIdentifier String folio, String respuesta,
                                               String numeroDeTransaccionDeLaRespuesta, InstanteLegal recibidaEn) {
}
