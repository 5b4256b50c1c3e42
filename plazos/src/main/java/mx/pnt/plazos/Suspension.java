package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Suspension of plazos by agreement, both ends inclusive (e.g. a PNT outage, Lineamientos, Décimo tercero).
 * It may be decreed after the fact; recomputing open plazos is then the caller's job (see {@code recalcular}).
 */
public record Suspension(LocalDate desde, LocalDate hasta, String motivo, Fundamento fundamento) {

    public Suspension {
        Objects.requireNonNull(desde, "desde");
        Objects.requireNonNull(hasta, "hasta");
        Objects.requireNonNull(motivo, "motivo");
        Objects.requireNonNull(fundamento, "fundamento");
        if (hasta.isBefore(desde)) {
            throw new IllegalArgumentException("La suspensión termina (" + FormatoLegal.fecha(hasta)
                    + ") antes de empezar (" + FormatoLegal.fecha(desde) + ")");
        }
    }

    public boolean incluye(LocalDate fecha) {
        return !fecha.isBefore(desde) && !fecha.isAfter(hasta);
    }
}
