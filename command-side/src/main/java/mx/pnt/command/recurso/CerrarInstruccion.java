package mx.pnt.command.recurso;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cierre de instrucción once the alegatos have run out (Nonagésimo segundo). */
public record CerrarInstruccion(@TargetAggregateIdentifier String folio) {
}
