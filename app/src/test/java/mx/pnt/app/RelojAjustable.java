package mx.pnt.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests set, so legal instants and deadlines are known in advance. */
public class RelojAjustable extends Clock {

    private final AtomicReference<Instant> ahora;

    public RelojAjustable(Instant inicial) {
        this.ahora = new AtomicReference<>(inicial);
    }

    public void fijar(Instant instante) {
        ahora.set(instante);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same adjustable instant seen in another zone, as a system clock's {@code withZone} gives. */
    @Override
    public Clock withZone(ZoneId zone) {
        RelojAjustable base = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId otra) {
                return base.withZone(otra);
            }

            @Override
            public Instant instant() {
                return base.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return ahora.get();
    }
}
