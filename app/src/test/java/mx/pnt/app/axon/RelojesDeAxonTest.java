package mx.pnt.app.axon;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Two applications in one JVM (a restart test) must not leave each other's clock on Axon's static fields. */
class RelojesDeAxonTest {

    private static final Clock PRIMERO = Clock.fixed(Instant.parse("2026-02-10T16:00:00Z"), ZoneOffset.UTC);
    private static final Clock SEGUNDO = Clock.fixed(Instant.parse("2026-11-23T16:00:00Z"), ZoneOffset.UTC);

    private Clock eventosOriginal;
    private Clock fallidosOriginal;

    @BeforeEach
    void guardar() {
        eventosOriginal = GenericEventMessage.clock;
        fallidosOriginal = GenericDeadLetter.clock;
    }

    @AfterEach
    void restaurar() {
        GenericEventMessage.clock = eventosOriginal;
        GenericDeadLetter.clock = fallidosOriginal;
    }

    @Test
    void unaSegundaAplicacionQueCierraDevuelveElRelojDeLaPrimera() {
        RelojesDeAxon primera = new RelojesDeAxon(PRIMERO);
        RelojesDeAxon segunda = new RelojesDeAxon(SEGUNDO);
        assertThat(GenericEventMessage.clock).isSameAs(SEGUNDO);
        assertThat(GenericDeadLetter.clock).isSameAs(SEGUNDO);
        segunda.destroy();
        // The first application's events are stamped with its own time again.
        assertThat(GenericEventMessage.clock).isSameAs(PRIMERO);
        assertThat(GenericDeadLetter.clock).isSameAs(PRIMERO);
        assertThat(new GenericEventMessage<>("x").getTimestamp()).isEqualTo(PRIMERO.instant());
        primera.destroy();
        assertThat(GenericEventMessage.clock).isSameAs(eventosOriginal);
        assertThat(GenericDeadLetter.clock).isSameAs(fallidosOriginal);
    }

    @Test
    void laQueCierraPrimeroNoQuitaElRelojDeLaQueSigueViva() {
        RelojesDeAxon primera = new RelojesDeAxon(PRIMERO);
        new RelojesDeAxon(SEGUNDO);
        primera.destroy();
        assertThat(GenericEventMessage.clock).isSameAs(SEGUNDO);
        assertThat(GenericDeadLetter.clock).isSameAs(SEGUNDO);
    }
}
