package mx.pnt.command.catalogo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegistrarSujetoObligado(@TargetAggregateIdentifier String sujetoObligadoId, String clave,
                                      String nombre, String garanteId) {
}
