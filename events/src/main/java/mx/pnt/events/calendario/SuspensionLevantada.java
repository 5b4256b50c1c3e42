package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalDate;

/**
 * A suspension was lifted by a later agreement: its days count again. {@code desde}/{@code hasta} repeat the
 * lifted suspension's range so the event alone says which dates became hábil again.
 */
@Revision("1")
public record SuspensionLevantada(String calendarioId, String suspensionId, LocalDate desde, LocalDate hasta,
                                  String acuerdo, LocalDate fechaPublicacion, long revision)
        implements CambioDeCalendario {

    @Override
    public LocalDate afectaDesde() {
        return desde;
    }

    @Override
    public LocalDate afectaHasta() {
        return hasta;
    }

    @Override
    public String describir() {
        return "Levantamiento de la suspensión de plazos del " + FormatoDeCambio.fecha(desde) + " al "
                + FormatoDeCambio.fecha(hasta) + " (" + FormatoDeCambio.acuerdo(acuerdo, fechaPublicacion) + ")";
    }
}
