package mx.pnt.command.tarea;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared round of the platform's timers: it goes on after a failed round, and a stop ends it. */
class TareaPeriodicaTest {

    private final AtomicInteger rondas = new AtomicInteger();

    @Test
    void unaRondaFallidaNoDetieneLasSiguientesYDetenerLaTermina() throws InterruptedException {
        TareaPeriodica tarea = tarea(true, true);
        tarea.start();
        assertThat(tarea.isRunning()).isTrue();
        long limite = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rondas.get() < 3 && System.nanoTime() < limite) {
            Thread.sleep(10);
        }
        assertThat(rondas.get()).as("rounds after failed ones").isGreaterThanOrEqualTo(3);
        tarea.stop();
        assertThat(tarea.isRunning()).isFalse();
        int alDetenerse = rondas.get();
        Thread.sleep(100);
        assertThat(rondas.get()).isEqualTo(alDetenerse);
    }

    @Test
    void inactivaNoCorreNunca() throws InterruptedException {
        TareaPeriodica tarea = tarea(false, false);
        tarea.start();
        Thread.sleep(100);
        assertThat(tarea.isRunning()).isFalse();
        assertThat(rondas.get()).isZero();
        assertThat(tarea.getPhase()).isEqualTo(Integer.MAX_VALUE - 100);
    }

    private TareaPeriodica tarea(boolean activa, boolean falla) {
        return new TareaPeriodica("prueba", Duration.ZERO, Duration.ofMillis(10), activa) {
            @Override
            protected void ronda() {
                rondas.incrementAndGet();
                if (falla) {
                    throw new IllegalStateException("base de datos ausente");
                }
            }
        };
    }
}
