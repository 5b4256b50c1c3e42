package mx.pnt.command.recurso;

import mx.pnt.events.recurso.Litis;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The garante completes the Ficha with the litis (Septuagésimo octavo); the turno follows (Octogésimo). */
public record FijarLitis(@TargetAggregateIdentifier String folio, Litis litis) {
}
