package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every date examined by a computation, in order: the proof of a deadline. */
public record Computo(List<DiaDelComputo> dias) {

    public Computo {
        dias = List.copyOf(Objects.requireNonNull(dias, "dias"));
        for (int i = 1; i < dias.size(); i++) {
            if (!dias.get(i).fecha().isAfter(dias.get(i - 1).fecha())) {
                throw new IllegalArgumentException("Las fechas de un cómputo deben ser crecientes");
            }
        }
    }

    public long diasContados() {
        return dias.stream().filter(DiaDelComputo::contado).count();
    }

    public List<DiaDelComputo> omitidos() {
        return dias.stream().filter(d -> !d.contado()).collect(Collectors.toUnmodifiableList());
    }

    public Optional<DiaDelComputo> ultimoContado() {
        for (int i = dias.size() - 1; i >= 0; i--) {
            if (dias.get(i).contado()) {
                return Optional.of(dias.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The first day of the suspension "hasta nuevo aviso" that stopped this count (always its last day), or null
     * when nothing stopped it.
     */
    public LocalDate detenidoDesde() {
        if (dias.isEmpty()) {
            return null;
        }
        DiaDelComputo ultimo = dias.get(dias.size() - 1);
        return !ultimo.contado() && ultimo.omision().motivo() == MotivoOmision.SUSPENSION_INDEFINIDA
                ? ultimo.fecha() : null;
    }

    /** The day lines, e.g. "04/03/2025: día 1 de 20. 08/03/2025: no se cuenta, sábado." */
    public String explicar() {
        return dias.stream().map(DiaDelComputo::explicar).collect(Collectors.joining(" "));
    }
}
