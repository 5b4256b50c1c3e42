package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalDate;

/**
 * A suspension was lifted by a later agreement "a partir de" a date: the days from {@code aPartirDe} to
 * {@code hasta} count again, and the days before stay suspended, as they were when they ran. {@code desde} and
 * {@code hasta} repeat the suspension's range so the event alone says which dates changed. A lifting from the
 * suspension's first day leaves no day suspended (a decree withdrawn before it took effect). A null {@code hasta}
 * lifts a suspension "hasta nuevo aviso": every day from {@code aPartirDe} on counts again.
 */
@Revision("2")
public record SuspensionLevantada(String calendarioId, String suspensionId, LocalDate desde, LocalDate hasta,
                                  LocalDate aPartirDe, String acuerdo, LocalDate fechaPublicacion, long revision)
        implements CambioDeCalendario {

    @Override
    public LocalDate afectaDesde() {
        return aPartirDe;
    }

    @Override
    public LocalDate afectaHasta() {
        return hasta == null ? LocalDate.MAX : hasta;
    }

    @Override
    public String describir() {
        return "Levantamiento, a partir del " + FormatoDeCambio.fecha(aPartirDe) + ", de la suspensión de plazos del "
                + FormatoDeCambio.fecha(desde) + (hasta == null ? " hasta nuevo aviso" : " al "
                + FormatoDeCambio.fecha(hasta)) + " ("
                + FormatoDeCambio.acuerdo(acuerdo, fechaPublicacion) + ")";
    }
}
