package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * The Unidad de Transparencia proved the payment: the information is delivered within ten días of that proof and
 * stays available at least sixty días from the payment (Lineamientos, Sexagésimo sexto; LGTAIP 2025, art. 137).
 *
 * @param fechaDePago          the day the solicitante paid, as the receipt shows
 * @param referencia           the receipt's reference
 * @param plazoDePago          the plazo it was paid within, as it stood
 * @param plazoDeEntrega       the Unidad's ten días to deliver, from the proof
 * @param plazoDeDisponibilidad the sixty días the information stays available, from the payment
 */
@Revision("2")
public record PagoAcreditado(String folio, LocalDate fechaDePago, String referencia, InstanteLegal acreditadoEn,
                             PlazoFijado plazoDePago, PlazoFijado plazoDeEntrega,
                             PlazoFijado plazoDeDisponibilidad) {
}
