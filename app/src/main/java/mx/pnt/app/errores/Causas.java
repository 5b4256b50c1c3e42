package mx.pnt.app.errores;

import java.util.Objects;
import java.util.stream.Stream;

/** The chain of causes of a failure, walked in one place for the problem handler, the retries and the rebuilds. */
public final class Causas {

    private Causas() {
    }

    /** {@code e} and each of its causes, outermost first. */
    public static Stream<Throwable> de(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, Throwable::getCause);
    }

    /** The innermost cause: what actually failed. */
    public static Throwable raiz(Throwable e) {
        return de(e).reduce((fuera, dentro) -> dentro).orElse(e);
    }
}
