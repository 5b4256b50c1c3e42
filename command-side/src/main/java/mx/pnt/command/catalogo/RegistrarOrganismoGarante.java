package mx.pnt.command.catalogo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegistrarOrganismoGarante(@TargetAggregateIdentifier String garanteId, String nombre,
                                        String entidadFederativa) {
}
