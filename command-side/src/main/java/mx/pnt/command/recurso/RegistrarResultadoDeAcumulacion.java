package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The platform tells the recurso that asked what the acumulador decided (sent by {@link PoliticaDeAcumulacion}). */
public record RegistrarResultadoDeAcumulacion(@TargetAggregateIdentifier String folio, String acumulador,
                                              boolean aceptada, String motivo) {
}
