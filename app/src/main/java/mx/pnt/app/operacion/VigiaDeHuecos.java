package mx.pnt.app.operacion;

import mx.pnt.command.tarea.TareaPeriodica;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Watches for events a read model never applied because its processor stopped waiting for them.
 *
 * <p>A transaction takes its event's global index when it inserts and is seen when it commits; until then the index
 * is a gap, and a processor that reads past it keeps it in its token's gaps to read it once committed. Axon gives up
 * on a gap (drops it from the token) once the events after it are older than its gap timeout, or once it is
 * {@code maxGapOffset} indexes behind. A gap given up on is almost always a transaction that rolled back and will never
 * commit; but if it commits after all, that processor never applies its event and nothing says so.
 *
 * <p>Each round this reads every stored token first and the event table after, so an index still missing in the table
 * was not committed when the tokens were read: a processor whose token has passed it without keeping it as a gap has
 * given it up. If that index later appears in the table, the event is lost for that processor (when the processor
 * handles its type and the segment covers its aggregate): the event is recorded in {@code evento_omitido}, logged as
 * an error and listed at {@code GET /api/admin/eventos-omitidos}; rebuilding that read model applies it. It uses no
 * clock to decide, only the order of its own two reads; the clock only forgets an index missing for
 * {@code pnt.huecos.olvido} (a rolled-back transaction's). Indexes before the platform started are not watched.
 * Only with the event store on PostgreSQL (Axon Server keeps no gaps).
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class VigiaDeHuecos extends TareaPeriodica {

    private static final Logger LOG = LoggerFactory.getLogger(VigiaDeHuecos.class);
    /** The most indexes one statement looks at for new gaps, so a long way behind is caught up in steps. */
    static final int VENTANA = 10_000;
    private static final int POR_CONSULTA = 1_000;

    /** One processor's segment: which aggregates it covers. */
    record Segmento(String procesador, int segmento, Segment alcance) {
    }

    /** An index missing from the table: since when, and which segments have given it up. */
    private static final class Hueco {
        private final Instant vistoEn;
        private final Set<Segmento> abandonadoPor = new HashSet<>();

        private Hueco(Instant vistoEn) {
            this.vistoEn = vistoEn;
        }
    }

    /** An event that was missing when a round began and is in the table now. */
    private record Confirmado(String agregado, String tipo) {
    }

    /** What was found: in the table now and given up by these segments. */
    public record EventoOmitido(String procesador, int segmento, long globalIndex, String agregado, String tipo,
                                Instant detectadoEn) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate consultas;
    private final Serializer serializador;
    private final EventProcessingConfiguration procesamiento;
    private final Clock reloj;
    private final Duration olvido;
    private final TreeMap<Long, Hueco> huecos = new TreeMap<>();
    /** Every index up to this one has been looked at; -1 until the first round. */
    private long revisadoHasta = -1;

    public VigiaDeHuecos(JdbcTemplate jdbc, Serializer serializador, EventProcessingConfiguration procesamiento,
                         Clock reloj, @Value("${pnt.huecos.intervalo:PT5S}") Duration intervalo,
                         @Value("${pnt.huecos.olvido:PT1H}") Duration olvido,
                         @Value("${pnt.huecos.activa:true}") boolean activa) {
        super("vigia-de-huecos", intervalo, intervalo, activa);
        this.jdbc = jdbc;
        this.consultas = new NamedParameterJdbcTemplate(jdbc);
        this.serializador = serializador;
        this.procesamiento = procesamiento;
        this.reloj = reloj;
        this.olvido = olvido;
    }

    /** How many missing indexes it is watching now. */
    public synchronized int huecosVigilados() {
        return huecos.size();
    }

    /** Whether that index is missing and watched now. */
    public synchronized boolean vigila(long indice) {
        return huecos.containsKey(indice);
    }

    @Override
    public synchronized void ronda() {
        // The tokens first, the table after: what is missing now was not committed when the tokens were read.
        Map<Segmento, TrackingToken> segmentos = segmentos();
        long cabeza = segmentos.values().stream().mapToLong(t -> t.position().orElse(-1L)).max().orElse(-1L);
        Instant ahora = reloj.instant();
        if (revisadoHasta < 0) {
            // Only what comes after the start is watched: nothing says which older gaps were already given up.
            revisadoHasta = cabeza;
            return;
        }
        while (revisadoHasta < cabeza) {
            long hasta = Math.min(cabeza, revisadoHasta + VENTANA);
            consultas.queryForList("select s.i from generate_series(:desde, :hasta) s(i) where not exists "
                            + "(select 1 from domain_event_entry e where e.global_index = s.i)",
                    Map.of("desde", revisadoHasta + 1, "hasta", hasta), Long.class)
                    .forEach(indice -> huecos.put(indice, new Hueco(ahora)));
            revisadoHasta = hasta;
        }
        if (huecos.isEmpty()) {
            return;
        }
        Map<Long, Confirmado> confirmados = new HashMap<>();
        List<Long> vigilados = List.copyOf(huecos.keySet());
        for (int i = 0; i < vigilados.size(); i += POR_CONSULTA) {
            consultas.query("select global_index, aggregate_identifier, payload_type from domain_event_entry "
                            + "where global_index in (:indices)",
                    Map.of("indices", vigilados.subList(i, Math.min(vigilados.size(), i + POR_CONSULTA))),
                    fila -> {
                        confirmados.put(fila.getLong(1), new Confirmado(fila.getString(2), fila.getString(3)));
                    });
        }
        List<Long> resueltos = new ArrayList<>();
        huecos.forEach((indice, hueco) -> {
            Confirmado evento = confirmados.get(indice);
            if (evento != null) {
                hueco.abandonadoPor.stream().filter(s -> loAplicaria(s, evento.agregado(), evento.tipo()))
                        .forEach(s -> registrar(s, indice, evento.agregado(), evento.tipo(), ahora));
                resueltos.add(indice);
                return;
            }
            segmentos.forEach((segmento, token) -> {
                if (loDejo(token, indice)) {
                    hueco.abandonadoPor.add(segmento);
                }
            });
            if (Duration.between(hueco.vistoEn, ahora).compareTo(olvido) > 0) {
                resueltos.add(indice);
            }
        });
        resueltos.forEach(huecos::remove);
    }

    /** Its token has passed the index without keeping it as a gap: it will never read that event. */
    static boolean loDejo(TrackingToken token, long indice) {
        TrackingToken base = WrappedToken.unwrapLowerBound(token);
        if (!(base instanceof GapAwareTrackingToken conHuecos)) {
            return false;
        }
        return conHuecos.getIndex() >= indice && !conHuecos.getGaps().contains(indice);
    }

    /** Its processor handles the event's type (unknown processors: assume so) and its segment the aggregate. */
    private boolean loAplicaria(Segmento segmento, String agregado, String tipo) {
        if (!segmento.alcance().matches(agregado)) {
            return false;
        }
        return procesamiento.eventProcessor(segmento.procesador(), AbstractEventProcessor.class)
                .map(p -> {
                    try {
                        return p.eventHandlerInvoker().canHandleType(Class.forName(tipo));
                    } catch (ClassNotFoundException desconocido) {
                        return false;
                    }
                })
                .orElse(true);
    }

    private void registrar(Segmento segmento, long indice, String agregado, String tipo, Instant ahora) {
        int nuevos = jdbc.update("insert into evento_omitido (procesador, segmento, global_index, aggregate_identifier, "
                        + "payload_type, detectado_en) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                segmento.procesador(), segmento.segmento(), indice, agregado, tipo, ahora.atOffset(ZoneOffset.UTC));
        if (nuevos > 0) {
            LOG.error("El procesador {} (segmento {}) dejó de esperar el evento {} ({} de {}) y este se confirmó "
                            + "después: su modelo de lectura no lo aplicó. Reconstruya ese modelo de lectura.",
                    segmento.procesador(), segmento.segmento(), indice, tipo, agregado);
        }
    }

    /** A row of the token store. */
    private record Guardado(String procesador, int segmento, byte[] token, String tipo) {
    }

    private Map<Segmento, TrackingToken> segmentos() {
        Map<String, List<Guardado>> porProcesador = new HashMap<>();
        jdbc.query("select processor_name, segment, token, token_type from token_entry", fila -> {
            Guardado guardado = new Guardado(fila.getString(1), fila.getInt(2), fila.getBytes(3), fila.getString(4));
            porProcesador.computeIfAbsent(guardado.procesador(), p -> new ArrayList<>()).add(guardado);
        });
        Map<Segmento, TrackingToken> segmentos = new HashMap<>();
        porProcesador.forEach((procesador, filas) -> {
            // A segment's mask depends on every segment its processor has.
            int[] ids = filas.stream().mapToInt(Guardado::segmento).toArray();
            for (Guardado fila : filas) {
                TrackingToken token = TokenGuardado.leer(fila.token(), fila.tipo(), serializador);
                if (token != null) {
                    segmentos.put(new Segmento(procesador, fila.segmento(),
                            Segment.computeSegment(fila.segmento(), ids)), token);
                }
            }
        });
        return segmentos;
    }

    /** The events found so far, oldest first. */
    public List<EventoOmitido> omitidos() {
        return jdbc.query("select procesador, segmento, global_index, aggregate_identifier, payload_type, detectado_en "
                        + "from evento_omitido order by global_index, procesador, segmento",
                (fila, i) -> new EventoOmitido(fila.getString(1), fila.getInt(2), fila.getLong(3), fila.getString(4),
                        fila.getString(5), fila.getObject(6, java.time.OffsetDateTime.class).toInstant()));
    }
}
