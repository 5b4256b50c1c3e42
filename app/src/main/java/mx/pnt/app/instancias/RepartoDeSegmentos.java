package mx.pnt.app.instancias;

import mx.pnt.app.axon.AxonConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares each read model's segments among the instances of the platform on one PostgreSQL (issue #12). A pooled
 * processor claims every segment nobody holds, so the first instance to start would keep them all and a second would
 * only wait. Now and then each instance counts the live ones by their sessions ({@link InstanciaDeLaPlataforma}),
 * and gives up what it holds beyond its share, {@code ceil(segments / instances)}: a released segment is not claimed
 * back by this instance for a while, long enough for every other instance to look for free segments twice (they look
 * every {@link AxonConfiguration#RECLAMO_DE_SEGMENTOS_MS}; a shorter absence, in step with their looking, could be
 * missed by all of them every time), so another takes it. When an instance stops, the share of the others grows and
 * they claim its segments as soon as its claims are released (a clean stop) or expire (a crash).
 *
 * <p>It runs with either event store: the tokens are in PostgreSQL under the {@code axonserver} profile too.
 */
@Component
public class RepartoDeSegmentos implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RepartoDeSegmentos.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration procesamiento;
    private final Duration intervalo;
    private ScheduledExecutorService reloj;

    /** @param intervalo how often it looks */
    public RepartoDeSegmentos(JdbcTemplate jdbc, EventProcessingConfiguration procesamiento,
                              @Value("${pnt.instancias.reparto:PT5S}") Duration intervalo) {
        this.jdbc = jdbc;
        this.procesamiento = procesamiento;
        this.intervalo = intervalo;
    }

    /** The instances of the platform with a session open on this database, this one at least. */
    public int instanciasVivas() {
        Integer vivas = jdbc.queryForObject("select count(distinct application_name) from pg_stat_activity "
                + "where application_name like ?", Integer.class, InstanciaDeLaPlataforma.PREFIJO + "%");
        return Math.max(1, vivas == null ? 0 : vivas);
    }

    /** One round: releases what this instance holds beyond its share of each running streaming processor. */
    public void repartir() {
        int instancias = instanciasVivas();
        for (EventProcessor procesador : procesamiento.eventProcessors().values()) {
            if (procesador instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                Integer segmentos = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                        Integer.class, streaming.getName());
                for (int segmento : sobrantes(streaming.processingStatus().keySet(),
                        segmentos == null ? 0 : segmentos, instancias)) {
                    LOG.info("Segmento {} de {} cedido a otra instancia ({} instancias vivas)", segmento,
                            streaming.getName(), instancias);
                    streaming.releaseSegment(segmento, ausencia(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** How long a released segment stays away from this instance. */
    long ausencia() {
        return 2 * AxonConfiguration.RECLAMO_DE_SEGMENTOS_MS + intervalo.toMillis();
    }

    /**
     * The segments to give up, the highest first: what {@code propios} holds beyond
     * {@code ceil(segmentos / instancias)}.
     */
    static List<Integer> sobrantes(Collection<Integer> propios, int segmentos, int instancias) {
        int cuota = (segmentos + instancias - 1) / Math.max(1, instancias);
        return propios.stream().sorted(Comparator.reverseOrder())
                .limit(Math.max(0, propios.size() - Math.max(1, cuota))).toList();
    }

    private void ronda() {
        try {
            repartir();
        } catch (RuntimeException fallo) {
            // The database may be briefly unavailable: the segments stay where they are until the next round.
            LOG.warn("El reparto de segmentos no pudo completarse: {}", fallo.getMessage());
        }
    }

    @Override
    public void start() {
        reloj = Executors.newSingleThreadScheduledExecutor(tarea -> {
            Thread hilo = new Thread(tarea, "reparto-de-segmentos");
            hilo.setDaemon(true);
            return hilo;
        });
        reloj.scheduleWithFixedDelay(this::ronda, intervalo.toMillis(), intervalo.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (reloj != null) {
            reloj.shutdownNow();
            reloj = null;
        }
    }

    @Override
    public boolean isRunning() {
        return reloj != null;
    }

    /** Starts after Axon's processors and stops before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
