package mx.pnt.app.instancias;

import mx.pnt.app.axon.AxonConfiguration;
import mx.pnt.command.tarea.TareaPeriodica;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public class RepartoDeSegmentos extends TareaPeriodica {

    private static final Logger LOG = LoggerFactory.getLogger(RepartoDeSegmentos.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration procesamiento;
    private final Duration intervalo;

    /** @param intervalo how often it looks */
    public RepartoDeSegmentos(JdbcTemplate jdbc, EventProcessingConfiguration procesamiento,
                              @Value("${pnt.instancias.reparto:PT5S}") Duration intervalo) {
        super("reparto-de-segmentos", intervalo, intervalo, true);
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
        Map<String, Integer> segmentosPorProcesador = new HashMap<>();
        jdbc.query("select processor_name, count(*) from token_entry group by processor_name",
                fila -> {
                    segmentosPorProcesador.put(fila.getString(1), fila.getInt(2));
                });
        for (EventProcessor procesador : procesamiento.eventProcessors().values()) {
            if (procesador instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                int segmentos = segmentosPorProcesador.getOrDefault(streaming.getName(), 0);
                for (int segmento : sobrantes(streaming.processingStatus().keySet(), segmentos, instancias)) {
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

    @Override
    protected void ronda() {
        repartir();
    }
}
