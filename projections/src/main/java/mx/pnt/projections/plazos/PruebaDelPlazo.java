package mx.pnt.projections.plazos;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hibernate.annotations.Immutable;

import java.util.List;

/**
 * The proof of a running plazo, day by day, as {@link PlazoEnCurso} keeps it in one JSON column (a plain array of
 * days, as before this class existed).
 *
 * <p>It deliberately does not override {@code equals}: Hibernate compares a managed entity's columns with their
 * loaded state at every flush, and a transaction of a projector flushes before each query it runs. Compared as a
 * list, the proofs of every plazo in a lot were walked day by day at each of those flushes: the JVM's hottest method
 * while the read models caught up with presentations, a tenth of its samples (docs/performance.md). A proof is never
 * changed in place, only replaced whole, so comparing by reference says exactly whether it changed. {@link Immutable} on the class (not on
 * the column) is what makes Hibernate compare at all: a value of a class it does not know is otherwise dirty at
 * every flush, and written again.
 */
@Immutable
public final class PruebaDelPlazo {

    private final List<PlazoVista.Dia> dias;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    PruebaDelPlazo(List<PlazoVista.Dia> dias) {
        this.dias = List.copyOf(dias);
    }

    @JsonValue
    List<PlazoVista.Dia> dias() {
        return dias;
    }
}
