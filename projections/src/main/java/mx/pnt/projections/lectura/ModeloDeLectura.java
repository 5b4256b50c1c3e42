package mx.pnt.projections.lectura;

import java.util.List;

/**
 * A read model's projector. It names the tables that it alone writes, so that the read model can be rebuilt into
 * copies of them while the platform keeps serving these, and the copies swapped in at once (docs/operations.md).
 */
public interface ModeloDeLectura {

    /** Its tables, unqualified, in the order they can be dropped together. */
    List<String> tablas();
}
