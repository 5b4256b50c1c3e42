package mx.pnt.app.operacion;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import mx.pnt.app.axon.AxonConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read model rebuilt beside the tables the platform serves. Its projector replays the whole event store into
 * empty copies of its tables, in a schema of their own, through a processor of its own; the served tables and
 * their processor go on meanwhile. Once the copies have reached the head of the store, the served processor stops
 * at a clean token, and one transaction drops the served tables, moves the copies in their place, and gives the
 * served processor the copies' tokens; it then goes on from there. A reader sees the old tables or the new ones,
 * never a half-built one. A failure leaves the served tables as they were.
 */
public final class ReconstruccionEnSombra {

    private static final Logger LOG = LoggerFactory.getLogger(ReconstruccionEnSombra.class);

    /** What a rebuild is doing. */
    public enum Etapa { CONSTRUYENDO, CAMBIANDO, TERMINADA, FALLIDA }

    /**
     * A rebuild as reported: {@code posicion} is the lowest position its copies have reached, null before the first
     * event; {@code detalle} says why it failed.
     */
    public record Estado(Etapa etapa, Instant iniciada, Instant terminada, Long posicion, String detalle) {
    }

    /** The platform's parts a rebuild uses. */
    public record Plataforma(HikariDataSource conexiones, JdbcTemplate jdbc, TransactionTemplate transacciones,
                             org.axonframework.config.Configuration axon, TokenStore tokens,
                             TransactionManager transaccionesDeAxon,
                             StreamableMessageSource<TrackedEventMessage<?>> almacen, Clock reloj) {
    }

    /** Connections a rebuild needs: its coordinator, one per segment, and the one that holds its lock. */
    private static final int CONEXIONES = AxonConfiguration.SEGMENTOS_INICIALES + 2;
    /**
     * The processor that fills the copies keeps its tokens beside the served processor's, under a name of its own
     * for each rebuild: tokens a dead process left behind are never taken for a new rebuild's.
     */
    private static final String PREFIJO_DEL_PROCESADOR = "%s@reconstruccion-";
    /** The name of a table in an index definition, however PostgreSQL qualifies it. */
    private static final String TABLA_EN_INDICE = " ON (ONLY )?(public\\.)?%s USING ";

    private final String grupo;
    private final Object proyector;
    private final List<String> tablas;
    private final Plataforma plataforma;
    private final String esquema;
    private final String procesador;
    private final Instant iniciada;

    private HikariDataSource conexiones;
    private Connection candado;
    /** Only the holder of the group's lock touches the group's copies. */
    private boolean bloqueado;
    private ScheduledExecutorService coordinador;
    private ScheduledExecutorService trabajadores;
    private volatile PooledStreamingEventProcessor copia;
    private volatile Etapa etapa = Etapa.CONSTRUYENDO;
    private volatile Instant terminada;
    private volatile String detalle;
    /** The head of the store at the previous {@link #revisar}; -1 before the first. */
    private long cabezaAnterior = -1;
    private volatile Throwable falla;

    ReconstruccionEnSombra(String grupo, Object proyector, List<String> tablas, Plataforma plataforma) {
        this.grupo = grupo;
        this.proyector = proyector;
        this.tablas = List.copyOf(tablas);
        this.plataforma = plataforma;
        this.esquema = esquemaDe(grupo);
        this.iniciada = plataforma.reloj().instant();
        this.procesador = procesadorDe(grupo, iniciada);
    }

    /** The schema of a group's copies: PostgreSQL identifiers have no hyphen, and a group may. */
    public static String esquemaDe(String grupo) {
        return "pnt_reconstruccion_" + grupo.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /** The processor of a group's rebuild started at {@code iniciada}. */
    public static String procesadorDe(String grupo, Instant iniciada) {
        return PREFIJO_DEL_PROCESADOR.formatted(grupo) + iniciada.toEpochMilli();
    }

    String grupo() {
        return grupo;
    }

    boolean enCurso() {
        return etapa == Etapa.CONSTRUYENDO || etapa == Etapa.CAMBIANDO;
    }

    Estado estado() {
        PooledStreamingEventProcessor procesadorDeLaCopia = copia;
        return new Estado(etapa, iniciada, terminada, procesadorDeLaCopia == null ? null
                : AvanceDelProcesador.posicionDe(procesadorDeLaCopia.processingStatus().values()), detalle);
    }

    /**
     * Takes the group's lock (one rebuild of a group at a time, across instances), makes empty copies of its tables
     * and starts the processor that fills them. Throws when another rebuild of the group holds the lock.
     */
    void iniciar() throws SQLException {
        try {
            conexiones = new HikariDataSource(configuracion());
            candado = conexiones.getConnection();
            candado.setAutoCommit(true);
            bloqueado = bloquear();
            if (!bloqueado) {
                throw new ReconstruccionOcupada(grupo);
            }
            copiarTablas();
            copia = procesadorDeLaCopia();
            // Starting sets up its tokens, which may wait on the token store: on its own thread, not the caller's.
            coordinador.execute(() -> {
                try {
                    copia.start();
                } catch (RuntimeException error) {
                    falla = error;
                }
            });
            LOG.info("Reconstrucción de {} iniciada en el esquema {}", grupo, esquema);
        } catch (ReconstruccionOcupada ocupada) {
            liberar(false);
            throw ocupada;
        } catch (SQLException | RuntimeException error) {
            fallar(error);
            throw error;
        }
    }

    private HikariConfig configuracion() {
        HikariDataSource base = plataforma.conexiones();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(base.getJdbcUrl());
        config.setUsername(base.getUsername());
        config.setPassword(base.getPassword());
        if (base.getDriverClassName() != null) {
            config.setDriverClassName(base.getDriverClassName());
        }
        config.setDataSourceProperties(base.getDataSourceProperties());
        config.setPoolName("pnt-reconstruccion-" + grupo);
        config.setMaximumPoolSize(CONEXIONES);
        config.setMinimumIdle(0);
        // The copies first; the event store, the tokens and other read models' tables are found after them.
        config.setConnectionInitSql("set search_path to " + esquema + ", public");
        return config;
    }

    /** A session lock: it goes with the connection if this process dies, so no rebuild is left locked. */
    private boolean bloquear() throws SQLException {
        try (PreparedStatement sentencia = candado.prepareStatement(
                "select pg_try_advisory_lock(hashtext('pnt-reconstruccion'), hashtext(?))")) {
            sentencia.setString(1, grupo);
            try (ResultSet rs = sentencia.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Empty copies with the served tables' columns, defaults, checks, keys and indexes under the same names, so
     * that once moved in nothing tells them apart (a later migration that names an index finds it).
     */
    private void copiarTablas() throws SQLException {
        try (Statement sentencia = candado.createStatement()) {
            // What a rebuild of this group left behind when its process died.
            sentencia.execute("drop schema if exists " + esquema + " cascade");
            borrarTokensDeReconstrucciones(plataforma.jdbc(), null);
            sentencia.execute("create schema " + esquema);
            for (String tabla : tablas) {
                sentencia.execute("create table " + esquema + "." + tabla + " (like public." + tabla
                        + " including defaults including constraints including generated including identity"
                        + " including storage including comments)");
                for (String definicion : consultar("select 'alter table " + esquema + "." + tabla
                        + " add constraint ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid) "
                        + "from pg_constraint where conrelid = 'public." + tabla + "'::regclass "
                        + "and contype in ('p', 'u', 'x') order by conname")) {
                    sentencia.execute(definicion);
                }
                if (!consultar("select conname from pg_constraint where contype = 'f' and (conrelid = 'public."
                        + tabla + "'::regclass or confrelid = 'public." + tabla + "'::regclass)").isEmpty()) {
                    throw new IllegalStateException("La tabla " + tabla + " tiene llaves foráneas; la reconstrucción "
                            + "en paralelo no las copia.");
                }
                Pattern enLaTabla = Pattern.compile(String.format(TABLA_EN_INDICE, Pattern.quote(tabla)));
                for (String indice : consultar("select pg_get_indexdef(i.indexrelid) from pg_index i "
                        + "where i.indrelid = 'public." + tabla + "'::regclass and not exists "
                        + "(select 1 from pg_constraint c where c.conindid = i.indexrelid) order by 1")) {
                    Matcher tablaDelIndice = enLaTabla.matcher(indice);
                    if (!tablaDelIndice.find()) {
                        throw new IllegalStateException("Índice de " + tabla + " no reconocido: " + indice);
                    }
                    sentencia.execute(tablaDelIndice.replaceFirst(Matcher.quoteReplacement(
                            " ON " + esquema + "." + tabla + " USING ")));
                }
            }
        }
    }

    private List<String> consultar(String sql) throws SQLException {
        List<String> filas = new ArrayList<>();
        try (Statement sentencia = candado.createStatement(); ResultSet rs = sentencia.executeQuery(sql)) {
            while (rs.next()) {
                filas.add(rs.getString(1));
            }
        }
        return filas;
    }

    /**
     * The projector's handlers as the served processor has them, minus its dead-letter queue: a rebuild that cannot
     * apply an event fails and says so, rather than parking it in the served read model's queue.
     */
    private PooledStreamingEventProcessor procesadorDeLaCopia() {
        org.axonframework.config.Configuration axon = plataforma.axon();
        SimpleEventHandlerInvoker manejadores = SimpleEventHandlerInvoker.builder()
                .eventHandlers(proyector)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(proyector.getClass()))
                .listenerInvocationErrorHandler((error, evento, manejador) -> {
                    throw error;
                })
                .build();
        coordinador = Executors.newScheduledThreadPool(1,
                ConexionesDeReconstruccion.hilosQueUsan(conexiones, "reconstruccion-" + grupo + "-coordinador"));
        trabajadores = Executors.newScheduledThreadPool(AxonConfiguration.SEGMENTOS_INICIALES,
                ConexionesDeReconstruccion.hilosQueUsan(conexiones, "reconstruccion-" + grupo));
        return PooledStreamingEventProcessor.builder()
                .name(procesador)
                .eventHandlerInvoker(manejadores)
                // A handler's exception and a batch that fails to commit both come here.
                .errorHandler(contexto -> {
                    falla = contexto.error();
                    throw contexto.error() instanceof Exception e ? e : new IllegalStateException(contexto.error());
                })
                .messageSource(plataforma.almacen())
                .tokenStore(plataforma.tokens())
                .transactionManager(plataforma.transaccionesDeAxon())
                .coordinatorExecutor(coordinador)
                .workerExecutor(trabajadores)
                .initialSegmentCount(AxonConfiguration.SEGMENTOS_INICIALES)
                .batchSize(AxonConfiguration.EVENTOS_POR_LOTE)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
    }

    /**
     * Called now and then while it builds: fails it when its processor failed, swaps the copies in once every
     * segment has reached the head the previous call saw. Under steady writes the head moves on between a look at
     * the copies and a look at the store, so "at the head now" might never be seen; the head of a moment ago bounds
     * what is left, and the served processor applies that after the switch, from the copies' tokens.
     */
    void revisar(long cabeza, StreamingEventProcessor servido) {
        if (etapa != Etapa.CONSTRUYENDO) {
            return;
        }
        Throwable error = falla;
        if (error != null) {
            fallar(error);
            return;
        }
        long meta = cabezaAnterior < 0 ? cabeza : cabezaAnterior;
        cabezaAnterior = cabeza;
        if (AvanceDelProcesador.de(copia, plataforma.jdbc(), plataforma.axon().serializer()).enLaCabeza(meta)) {
            cambiar(servido);
        }
    }

    private void cambiar(StreamingEventProcessor servido) {
        etapa = Etapa.CAMBIANDO;
        boolean enMarcha = servido.isRunning();
        try {
            // Statistics for the planner before the copies serve, while nothing waits on them.
            try (Statement sentencia = candado.createStatement()) {
                for (String tabla : tablas) {
                    sentencia.execute("analyze " + esquema + "." + tabla);
                }
            }
            // The instance the copies were built in (their claims name it as the token store knows it).
            String esta = plataforma.jdbc().queryForList("select owner from token_entry where processor_name = ? "
                    + "and owner is not null", String.class, procesador).stream().findFirst().orElse(null);
            servido.shutdownAsync().join();
            copia.shutdownAsync().join();
            plataforma.transacciones().executeWithoutResult(estado -> {
                JdbcTemplate jdbc = plataforma.jdbc();
                jdbc.execute("drop table " + String.join(", ", tablas.stream().map(t -> "public." + t).toList()));
                for (String tabla : tablas) {
                    jdbc.execute("alter table " + esquema + "." + tabla + " set schema public");
                }
                jdbc.execute("drop schema " + esquema);
                jdbc.update("delete from token_entry where processor_name = ?", grupo);
                borrarTokensDeReconstrucciones(jdbc, procesador);
                // Claimed by this instance, whose served processor goes on from the copies' position when it starts
                // again; the instances then share the segments as before (RepartoDeSegmentos). Not left unowned:
                // another instance's batch in flight meanwhile (applied to the new tables once the old ones are
                // gone) would claim an unowned token when it stores its own, and move the copies' position. With
                // the token claimed here, that batch fails to store its token and is rolled back.
                jdbc.update("update token_entry set processor_name = ?, owner = ? where processor_name = ?",
                        grupo, esta, procesador);
                // The copies applied every event (a rebuild fails on one it cannot apply): what the served model had
                // parked is in them now, and retrying it would apply it twice.
                jdbc.update("delete from dead_letter_entry where processing_group = ?", grupo);
                // Likewise the events the served processor had given up waiting for (VigiaDeHuecos): the copies read
                // them from the store. What the copies themselves gave up is the served model's now.
                jdbc.update("delete from evento_omitido where procesador = ?", grupo);
                jdbc.update("update evento_omitido set procesador = ? where procesador = ?", grupo, procesador);
            });
            LOG.info("Reconstrucción de {} terminada: las tablas nuevas sirven desde ahora", grupo);
            liberar(false);
            terminar(Etapa.TERMINADA, null);
        } catch (SQLException | RuntimeException error) {
            fallar(error);
        } finally {
            if (enMarcha && !servido.isRunning()) {
                servido.start();
            }
        }
    }

    /** Stops it, leaving the served tables as they are. */
    void fallar(Throwable error) {
        LOG.error("Reconstrucción de {} fallida; las tablas servidas quedan como estaban", grupo, error);
        liberar(true);
        terminar(Etapa.FALLIDA, "La reconstrucción de " + grupo + " falló: " + causaRaiz(error));
    }

    /** Whoever stops the platform stops its rebuilds too; the served tables stay as they are. */
    void detener() {
        if (enCurso()) {
            liberar(true);
            terminar(Etapa.FALLIDA, "La plataforma se detuvo antes de terminar la reconstrucción de " + grupo + ".");
        }
    }

    /** Reported only once everything of it is released: whoever sees it ended may rebuild again. */
    private void terminar(Etapa fin, String motivo) {
        detalle = motivo;
        terminada = plataforma.reloj().instant();
        etapa = fin;
    }

    private static String causaRaiz(Throwable error) {
        Throwable causa = mx.pnt.app.errores.Causas.raiz(error);
        return causa.getMessage() == null ? causa.getClass().getSimpleName() : causa.getMessage();
    }

    /** Tokens of the group's rebuilds but {@code salvo}: only the holder of the group's lock calls it. */
    private void borrarTokensDeReconstrucciones(JdbcTemplate jdbc, String salvo) {
        String prefijo = PREFIJO_DEL_PROCESADOR.formatted(grupo);
        jdbc.update("delete from token_entry where left(processor_name, ?) = ? and processor_name <> ?",
                prefijo.length(), prefijo, salvo == null ? "" : salvo);
    }

    /** Stops its processor and threads, drops what is left of the copies when asked, and releases the lock. */
    private synchronized void liberar(boolean descartar) {
        if (copia != null && copia.isRunning()) {
            copia.shutdownAsync().join();
        }
        if (coordinador != null) {
            coordinador.shutdownNow();
            trabajadores.shutdownNow();
        }
        if (candado != null) {
            try (Statement sentencia = candado.createStatement();
                 PreparedStatement desbloqueo = candado.prepareStatement(
                         "select pg_advisory_unlock(hashtext('pnt-reconstruccion'), hashtext(?))")) {
                if (descartar && bloqueado) {
                    sentencia.execute("drop schema if exists " + esquema + " cascade");
                    borrarTokensDeReconstrucciones(plataforma.jdbc(), null);
                }
                if (bloqueado) {
                    desbloqueo.setString(1, grupo);
                    desbloqueo.execute();
                    bloqueado = false;
                }
            } catch (SQLException error) {
                LOG.warn("No se pudo limpiar la reconstrucción de {}: {}", grupo, error.getMessage());
            }
            try {
                candado.close();
            } catch (SQLException error) {
                LOG.debug("Conexión de la reconstrucción de {} ya cerrada", grupo, error);
            }
            candado = null;
        }
        if (conexiones != null) {
            conexiones.close();
        }
    }

    /** Another rebuild of the group, in this instance or another, holds its lock. */
    static final class ReconstruccionOcupada extends RuntimeException {
        ReconstruccionOcupada(String grupo) {
            super("El modelo de lectura " + grupo + " ya se está reconstruyendo.");
        }
    }
}
