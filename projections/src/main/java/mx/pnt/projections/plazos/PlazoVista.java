package mx.pnt.projections.plazos;

import java.time.LocalDate;
import java.util.List;

/**
 * A running plazo with its proof: every date counted (k of n) or skipped, with the reason and agreement. While a
 * suspension "hasta nuevo aviso" stops it, {@code vencimiento} is null and {@code suspendidoDesde} says from when.
 */
public record PlazoVista(String paso, String fundamento, String conjuntoDeReglas, LocalDate disparo,
                         LocalDate inicio, LocalDate vencimiento, LocalDate suspendidoDesde, int dias,
                         String calendarioId,
                         String calendarios, String explicacion, List<Dia> computo) {

    public record Dia(LocalDate fecha, boolean contado, Integer k, Integer n, String motivo, String razon) {
    }
}
