package mx.pnt.app.axon;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.springframework.beans.factory.DisposableBean;

import java.time.Clock;

/**
 * Axon stamps events and dead letters with clocks that are static fields, one per JVM. This platform's clock goes
 * there while the application lives, so the date a change was recorded follows the same time as every legal
 * instant; and when the application closes, the clock that was there before comes back. Without that, a second
 * application started and closed in the same JVM (a restart test, an embedded tool) would leave its clock behind
 * and stamp the first application's events with another time.
 */
public final class RelojesDeAxon implements DisposableBean {

    private final Clock reloj;
    private final Clock eventosAnterior;
    private final Clock fallidosAnterior;

    public RelojesDeAxon(Clock reloj) {
        this.reloj = reloj;
        this.eventosAnterior = GenericEventMessage.clock;
        this.fallidosAnterior = GenericDeadLetter.clock;
        GenericEventMessage.clock = reloj;
        GenericDeadLetter.clock = reloj;
    }

    @Override
    public void destroy() {
        // Only if still ours: an application started after this one and still alive keeps its own.
        if (GenericEventMessage.clock == reloj) {
            GenericEventMessage.clock = eventosAnterior;
        }
        if (GenericDeadLetter.clock == reloj) {
            GenericDeadLetter.clock = fallidosAnterior;
        }
    }
}
