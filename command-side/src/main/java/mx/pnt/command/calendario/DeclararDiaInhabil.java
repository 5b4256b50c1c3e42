package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Declares a date inhábil by agreement (Lineamientos, Vigésimo tercero II). */
public record DeclararDiaInhabil(@TargetAggregateIdentifier String calendarioId, LocalDate fecha, String motivo,
                                 String acuerdo, LocalDate fechaPublicacion) {
}
