package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalDate;

/**
 * Plazos are suspended from {@code desde} to {@code hasta}, both inclusive (Vigésimo tercero II; Décimo tercero
 * for a platform outage). May be retroactive: the dates are explicit and may lie before the decree. A null
 * {@code hasta} is a suspension "hasta nuevo aviso": every day from {@code desde} on, until a lifting.
 */
@Revision("1")
public record SuspensionDecretada(String calendarioId, String suspensionId, LocalDate desde, LocalDate hasta,
                                  String motivo, String acuerdo, LocalDate fechaPublicacion, long revision)
        implements CambioDeCalendario {

    @Override
    public LocalDate afectaDesde() {
        return desde;
    }

    @Override
    public LocalDate afectaHasta() {
        return hasta == null ? LocalDate.MAX : hasta;
    }

    @Override
    public String describir() {
        return "Suspensión de plazos del " + FormatoDeCambio.fecha(desde)
                + (hasta == null ? " hasta nuevo aviso" : " al " + FormatoDeCambio.fecha(hasta)) + ": " + motivo + " (" + FormatoDeCambio.acuerdo(acuerdo, fechaPublicacion) + ")";
    }
}
