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

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return ahora.get();
    }
}
