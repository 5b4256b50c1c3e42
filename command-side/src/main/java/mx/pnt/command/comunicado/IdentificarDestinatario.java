package mx.pnt.command.comunicado;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The catalog's owner says which entry of the catalog is the destinatario typed in as "otros". */
public record IdentificarDestinatario(@TargetAggregateIdentifier String folio, String id) {
}
