package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalDate;

/** A día inhábil declared earlier was revoked by a later agreement: the date is hábil again. */
@Revision("1")
public record DiaInhabilRevocado(String calendarioId, LocalDate fecha, String acuerdo, LocalDate fechaPublicacion,
                                 long revision) implements CambioDeCalendario {

    @Override
    public LocalDate afectaDesde() {
        return fecha;
    }

    @Override
    public LocalDate afectaHasta() {
        return fecha;
    }

    @Override
    public String describir() {
        return "Revocación del día inhábil del " + FormatoDeCambio.fecha(fecha) + " ("
                + FormatoDeCambio.acuerdo(acuerdo, fechaPublicacion) + ")";
    }
}
