package mx.pnt.command.recurso;

import mx.pnt.events.recurso.RazonDeIncumplimiento;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The garante finds whether the sujeto obligado complied; if not, with one of three razones (Nonagésimo sexto). */
public record CalificarCumplimiento(@TargetAggregateIdentifier String folio, Boolean cumplio,
                                    RazonDeIncumplimiento razon, String observaciones) {
}
