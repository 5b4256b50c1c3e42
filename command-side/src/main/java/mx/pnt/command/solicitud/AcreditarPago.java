package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The Unidad de Transparencia proves the solicitante's payment (Lineamientos, Sexagésimo sexto).
 *
 * @param fechaDePago the day of the payment, as the receipt shows
 * @param referencia  the receipt's reference
 */
public record AcreditarPago(@TargetAggregateIdentifier String folio, LocalDate fechaDePago, String referencia) {
}
