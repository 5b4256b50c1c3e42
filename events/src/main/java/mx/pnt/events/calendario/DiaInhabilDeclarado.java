package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalDate;

/**
 * A date was declared inhábil in an official calendar (Lineamientos, Vigésimo tercero II), by the agreement
 * published on {@code fechaPublicacion}. The date may be in the past: declarations are often late.
 */
@Revision("1")
public record DiaInhabilDeclarado(String calendarioId, LocalDate fecha, String motivo, String acuerdo,
                                  LocalDate fechaPublicacion, long revision) implements CambioDeCalendario {

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
        return "Día inhábil el " + FormatoDeCambio.fecha(fecha) + ": " + motivo + " ("
                + FormatoDeCambio.acuerdo(acuerdo, fechaPublicacion) + ")";
    }
}
