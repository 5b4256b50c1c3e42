package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The platform delivers a request of acumulación to the acumulador (sent by {@link PoliticaDeAcumulacion}). */
public record RecibirSolicitudDeAcumulacion(@TargetAggregateIdentifier String folio, String acumulado, String motivo,
                                            String solicitadaPor) {
}
