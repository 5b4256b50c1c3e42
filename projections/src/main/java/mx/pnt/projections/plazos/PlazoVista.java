package mx.pnt.projections.plazos;

import java.time.LocalDate;
import java.util.List;

/** A running plazo with its proof: every date counted (k of n) or skipped, with the reason and agreement. */
public record PlazoVista(String paso, String fundamento, String conjuntoDeReglas, LocalDate disparo,
                         LocalDate inicio, LocalDate vencimiento, int dias, String calendarioId,
                         String calendarios, String explicacion, List<Dia> computo) {

    public record Dia(LocalDate fecha, boolean contado, Integer k, Integer n, String motivo, String razon) {
    }
}
