package mx.pnt.command.prueba;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** The clock the aggregate tests inject: it reads whatever instant the test set last. */
public final class RelojDePrueba extends Clock {

    private final Supplier<Instant> ahora;

    public RelojDePrueba(Supplier<Instant> ahora) {
        this.ahora = ahora;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return ahora.get();
    }
}
