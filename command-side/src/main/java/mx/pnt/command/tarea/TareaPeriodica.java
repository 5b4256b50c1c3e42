package mx.pnt.command.tarea;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A round run every {@code intervalo} on a daemon thread of its own, from after Axon's components start until
 * before they stop (the timer of plazos run out, the sharing of segments between instances). A round that fails
 * (the database briefly away) is logged and the next one tries again; a stop lets a round under way finish.
 */
public abstract class TareaPeriodica implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TareaPeriodica.class);

    private final String hilo;
    private final Duration primera;
    private final Duration intervalo;
    private final boolean activa;
    private ScheduledExecutorService reloj;

    /**
     * @param hilo      the thread's name, as logs show it
     * @param primera   the wait before the first round
     * @param intervalo the wait between the end of a round and the next
     * @param activa    false: never runs (where something else calls the round itself)
     */
    protected TareaPeriodica(String hilo, Duration primera, Duration intervalo, boolean activa) {
        this.hilo = hilo;
        this.primera = primera;
        this.intervalo = intervalo;
        this.activa = activa;
    }

    /** One round; an exception ends only this round. */
    protected abstract void ronda();

    private void rondaVigilada() {
        try {
            ronda();
        } catch (RuntimeException fallo) {
            LOG.warn("La tarea {} no pudo completar su ronda; lo intenta de nuevo en {}: {}", hilo, intervalo,
                    fallo.getMessage());
        }
    }

    @Override
    public void start() {
        if (!activa) {
            return;
        }
        reloj = Executors.newSingleThreadScheduledExecutor(tarea -> {
            Thread nuevo = new Thread(tarea, hilo);
            nuevo.setDaemon(true);
            return nuevo;
        });
        reloj.scheduleWithFixedDelay(this::rondaVigilada, primera.toMillis(), intervalo.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (reloj != null) {
            reloj.shutdown();
            try {
                reloj.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrumpido) {
                Thread.currentThread().interrupt();
            }
            reloj = null;
        }
    }

    @Override
    public boolean isRunning() {
        return reloj != null;
    }

    /** Starts after Axon's components (phase 0 and below) and stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
