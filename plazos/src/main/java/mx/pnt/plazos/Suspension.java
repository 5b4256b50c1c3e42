package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Suspension of plazos by agreement, both ends inclusive (e.g. a PNT outage, Lineamientos, Décimo tercero).
 * It may be decreed after the fact; recomputing open plazos is then the caller's job (see {@code recalcular}).
 *
 * @param hasta the last suspended day, or null for a suspension "hasta nuevo aviso": every day from {@code desde}
 *              is suspended until a later agreement lifts it, so a plazo that reaches it has no deadline meanwhile
 */
public record Suspension(LocalDate desde, LocalDate hasta, String motivo, Fundamento fundamento) {

    public Suspension {
        Objects.requireNonNull(desde, "desde");
        Objects.requireNonNull(motivo, "motivo");
        Objects.requireNonNull(fundamento, "fundamento");
        if (hasta != null && hasta.isBefore(desde)) {
            throw new IllegalArgumentException("La suspensión termina (" + FormatoLegal.fecha(hasta)
                    + ") antes de empezar (" + FormatoLegal.fecha(desde) + ")");
        }
    }

    /** Suspended "hasta nuevo aviso": no last day yet. */
    public boolean indefinida() {
        return hasta == null;
    }

    public boolean incluye(LocalDate fecha) {
        return !fecha.isBefore(desde) && (hasta == null || !fecha.isAfter(hasta));
    }
}
