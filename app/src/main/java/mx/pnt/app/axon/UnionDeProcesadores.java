package mx.pnt.app.axon;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes the shared read-model processor's tokens ready before any processor starts, once per start, in one
 * transaction that holds the token store's lock (several instances starting together take turns).
 * <ul>
 *   <li>A store written before the processors were shared has a processor per read model, each at its own position.
 *   The shared processor starts from the lowest of them, and each read model's position is kept as its frontier
 *   ({@link FronteraDeGrupos}), so no read model applies an event twice or misses one. Those tokens are then deleted.
 *   Every instance of the platform must run this version from then on: an older one would find no token for its
 *   processors and replay the whole store into the served tables.</li>
 *   <li>A frontier the shared processor has passed in every segment is deleted.</li>
 *   <li>The read models the tokens account for are recorded ({@code grupo_de_procesador}). On a new store, all of them;
 *   a read model added later is not, and the platform rebuilds the processor for it (ReconstruccionDeProyecciones).</li>
 * </ul>
 */
public class UnionDeProcesadores {

    private static final Logger LOG = LoggerFactory.getLogger(UnionDeProcesadores.class);
    private static final String NOMBRE = ProcesadorDeLectura.NOMBRE;

    private final Set<String> grupos;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaccion;
    private final ObjectProvider<TokenStore> tokens;
    private final Serializer serializador;
    private final FronteraDeGrupos frontera;

    public UnionDeProcesadores(Collection<String> grupos, JdbcTemplate jdbc, TransactionTemplate transaccion,
                               ObjectProvider<TokenStore> tokens, Serializer serializador,
                               FronteraDeGrupos frontera) {
        this.grupos = new TreeSet<>(grupos);
        this.jdbc = jdbc;
        this.transaccion = transaccion;
        this.tokens = tokens;
        this.serializador = serializador;
        this.frontera = frontera;
    }

    /** A row of the token store or of the frontiers, its token read back. */
    private record Guardado(String grupo, int segmento, TrackingToken token) {
    }

    public void unir() {
        transaccion.executeWithoutResult(estado -> {
            jdbc.execute("lock table token_entry in exclusive mode");
            if (leer("select processor_name, segment, token, token_type from token_entry where processor_name = ?",
                    NOMBRE).isEmpty()) {
                unirTokens();
            } else {
                borrarFronterasPasadas();
            }
            jdbc.update("delete from frontera_de_grupo where grupo <> all (?)", (Object) grupos.toArray(String[]::new));
            jdbc.update("delete from grupo_de_procesador where procesador = ? and grupo <> all (?)", NOMBRE,
                    grupos.toArray(String[]::new));
            frontera.cargar(tramos(leer("select grupo, segmento, token, token_type from frontera_de_grupo")));
        });
    }

    /** The read models the processor's tokens do not account for: added since, to be rebuilt. */
    public Set<String> pendientes() {
        Set<String> pendientes = new TreeSet<>(grupos);
        pendientes.removeAll(jdbc.queryForList("select grupo from grupo_de_procesador where procesador = ?",
                String.class, NOMBRE));
        return pendientes;
    }

    private void unirTokens() {
        List<Guardado> anteriores = leer("select processor_name, segment, token, token_type from token_entry "
                + "where processor_name = any (?)", (Object) grupos.toArray(String[]::new));
        // Rebuilds of the former processors that a stopped process left behind (their copies' schemas are dropped
        // by the next rebuild).
        jdbc.update("delete from token_entry where strpos(processor_name, '@reconstruccion-') > 0 "
                + "and split_part(processor_name, '@', 1) <> ?", NOMBRE);
        Set<String> cubiertos = new TreeSet<>();
        if (anteriores.isEmpty()) {
            // A new store: the processor starts at the first event for every read model.
            cubiertos.addAll(grupos);
        } else {
            TrackingToken desde = null;
            boolean primero = true;
            for (Guardado anterior : anteriores) {
                desde = primero ? anterior.token() : menor(desde, anterior.token());
                primero = false;
                SerializedObject<byte[]> token = anterior.token() == null ? null
                        : serializador.serialize(anterior.token(), byte[].class);
                jdbc.update("insert into frontera_de_grupo (grupo, segmento, token, token_type) values (?, ?, ?, ?)",
                        anterior.grupo(), anterior.segmento(), token == null ? null : token.getData(),
                        token == null ? null : token.getType().getName());
                cubiertos.add(anterior.grupo());
            }
            tokens.getObject().initializeTokenSegments(NOMBRE, AxonConfiguration.SEGMENTOS_INICIALES, desde);
            jdbc.update("delete from token_entry where processor_name = any (?)", (Object) grupos.toArray(String[]::new));
            // What the gap watcher found for a former processor is the shared one's to rebuild now.
            jdbc.update("insert into evento_omitido (procesador, segmento, global_index, aggregate_identifier, "
                    + "payload_type, detectado_en) select ?, segmento, global_index, aggregate_identifier, "
                    + "payload_type, detectado_en from evento_omitido where procesador = any (?) on conflict do nothing",
                    NOMBRE, grupos.toArray(String[]::new));
            jdbc.update("delete from evento_omitido where procesador = any (?)", (Object) grupos.toArray(String[]::new));
            LOG.info("Los procesadores de {} se unieron en {}, desde la posición {}", cubiertos, NOMBRE,
                    desde == null ? "inicial" : desde.position().orElse(-1L));
        }
        jdbc.update("delete from grupo_de_procesador where procesador = ?", NOMBRE);
        for (String grupo : cubiertos) {
            jdbc.update("insert into grupo_de_procesador (procesador, grupo) values (?, ?)", NOMBRE, grupo);
        }
    }

    /** The lower of two positions; null (before the first event) is the lowest. */
    private static TrackingToken menor(TrackingToken uno, TrackingToken otro) {
        return uno == null || otro == null ? null : uno.lowerBound(otro);
    }

    /** A read model's frontier goes once every segment of the processor has passed all of it. */
    private void borrarFronterasPasadas() {
        List<TrackingToken> propios = leer("select processor_name, segment, token, token_type from token_entry "
                + "where processor_name = ?", NOMBRE).stream().map(Guardado::token).toList();
        Map<String, List<Guardado>> porGrupo = new LinkedHashMap<>();
        leer("select grupo, segmento, token, token_type from frontera_de_grupo")
                .forEach(tramo -> porGrupo.computeIfAbsent(tramo.grupo(), g -> new ArrayList<>()).add(tramo));
        porGrupo.forEach((grupo, suyos) -> {
            boolean pasada = suyos.stream().allMatch(tramo -> tramo.token() == null
                    || propios.stream().allMatch(propio -> propio != null && propio.covers(tramo.token())));
            if (pasada) {
                jdbc.update("delete from frontera_de_grupo where grupo = ?", grupo);
                LOG.info("El procesador {} pasó la posición en que {} se unió a él", NOMBRE, grupo);
            }
        });
    }

    private List<Guardado> leer(String sql, Object... argumentos) {
        return jdbc.query(sql, (fila, i) -> new Guardado(fila.getString(1), fila.getInt(2),
                TokenGuardado.leer(fila.getBytes(3), fila.getString(4), serializador)), argumentos);
    }

    /** Each read model's segments, their masks computed from all of that read model's segments. */
    private static Map<String, List<FronteraDeGrupos.Tramo>> tramos(List<Guardado> filas) {
        Map<String, List<Guardado>> porGrupo = new TreeMap<>();
        filas.forEach(fila -> porGrupo.computeIfAbsent(fila.grupo(), g -> new ArrayList<>()).add(fila));
        Map<String, List<FronteraDeGrupos.Tramo>> tramos = new TreeMap<>();
        porGrupo.forEach((grupo, suyos) -> {
            int[] ids = suyos.stream().mapToInt(Guardado::segmento).toArray();
            tramos.put(grupo, suyos.stream().map(fila -> new FronteraDeGrupos.Tramo(
                    Segment.computeSegment(fila.segmento(), ids), fila.token())).toList());
        });
        return tramos;
    }
}
