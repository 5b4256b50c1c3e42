package mx.pnt.app.operacion;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import mx.pnt.app.axon.AxonConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read models rebuilt beside the tables the platform serves. Their projectors replay the whole event store into
 * empty copies of their tables, each group's in a schema of its own, through one processor of their own; the served
 * tables and their processors go on meanwhile. Once the copies have reached the head of the store, the served
 * processors stop at a clean token, and one transaction drops the served tables, moves the copies in their place, and
 * gives each served processor the copies' tokens; they then go on from there. A reader sees the old tables or the new
 * ones, never a half-built one. A failure leaves the served tables as they were.
 *
 * <p>Several read models rebuilt together share that processor: the store is read once, and each event deserialised
 * once, for all of them, and they change over in one transaction (docs/performance.md measured twelve processors
 * each reading the whole store).
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

    /** A read model to rebuild: its processing group, its projector and the tables it writes. */
    public record Modelo(String grupo, Object proyector, List<String> tablas) {
        public Modelo {
            tablas = List.copyOf(tablas);
        }
    }

    /** The platform's parts a rebuild uses. */
    public record Plataforma(HikariDataSource conexiones, JdbcTemplate jdbc, TransactionTemplate transacciones,
                             org.axonframework.config.Configuration axon, TokenStore tokens,
                             TransactionManager transaccionesDeAxon,
                             StreamableMessageSource<TrackedEventMessage<?>> almacen, Clock reloj) {
    }

    /**
     * Segments of a rebuild's processor, as many as a served one's (they take its tokens). More do not go faster: a
     * rebuild of every read model with 6 took longer than with 2, its lots waiting on each other's locks on the
     * tablero's counts; 1 took twice as long (docs/performance.md).
     */
    private static final int SEGMENTOS = AxonConfiguration.SEGMENTOS_INICIALES;
    /**
     * The switch takes each served table's exclusive lock in turn, while another instance's lot may be writing to
     * them in another order: PostgreSQL then breaks the deadlock by failing one of the two. The lot is retried by its
     * processor; the switch, rolled back whole (DDL included), is tried again here instead of failing the rebuild
     * (seen once in {@code DosInstanciasTest}).
     */
    static final RetryTemplate REINTENTO_DEL_CAMBIO = new RetryTemplate(RetryPolicy.builder()
            .includes(PessimisticLockingFailureException.class).maxRetries(5).delay(Duration.ofMillis(200))
            .multiplier(2).build());

    /**
     * Events per lot (a transaction, a token update): four times a served processor's. A rebuild is never waited on
     * event by event, and its lots share a commit and a token update; 256 rebuilt 20,000 solicitudes a tenth faster
     * than 64 (docs/performance.md). Bigger lots were slower while every replaced plazo flushed the whole lot.
     */
    private static final int EVENTOS_POR_LOTE = 4 * AxonConfiguration.EVENTOS_POR_LOTE;

    /** Connections a rebuild's pool needs: its coordinator and one per segment (its locks have their own). */
    private static final int CONEXIONES = SEGMENTOS + 1;
    /**
     * The processor that fills the copies keeps its tokens beside the served processor's, under a name of its own
     * for each rebuild: tokens a dead process left behind are never taken for a new rebuild's.
     */
    private static final String PREFIJO_DEL_PROCESADOR = "%s@reconstruccion-";
    /** Between the groups in the name of a processor that rebuilds several (a group's name has none). */
    private static final String SEPARADOR = "+";
    /** The name of a table in an index definition, however PostgreSQL qualifies it. */
    private static final String TABLA_EN_INDICE = " ON (ONLY )?(public\\.)?%s USING ";

    /** The read models it rebuilds: those whose lock it holds, once started. */
    private volatile List<Modelo> modelos;
    private final Plataforma plataforma;
    /**
     * Named after the groups whose lock it took, once started: a rebuild that holds a group's lock clears the tokens
     * of every other processor named after that group, as left behind by a dead process.
     */
    private volatile String procesador;
    private final Instant iniciada;

    private HikariDataSource conexiones;
    private Connection candado;
    /** Only the holder of a group's lock touches the group's copies: the groups whose lock it holds. */
    private final List<String> bloqueados = new ArrayList<>();
    private ScheduledExecutorService coordinador;
    private ScheduledExecutorService trabajadores;
    private volatile PooledStreamingEventProcessor copia;
    private volatile Etapa etapa = Etapa.CONSTRUYENDO;
    private volatile Instant terminada;
    private volatile String detalle;
    /** The head of the store at the previous {@link #revisar}; -1 before the first. */
    private long cabezaAnterior = -1;
    private volatile Throwable falla;
    /** Each group's handlers, as its copies' processor runs them; the switch asks them which events are theirs. */
    private final Map<String, EventHandlerInvoker> manejadores = new LinkedHashMap<>();

    ReconstruccionEnSombra(List<Modelo> modelos, Plataforma plataforma) {
        if (modelos.isEmpty()) {
            throw new IllegalArgumentException("Una reconstrucción necesita al menos un modelo de lectura");
        }
        this.modelos = List.copyOf(modelos);
        this.plataforma = plataforma;
        this.iniciada = plataforma.reloj().instant();
    }

    /** The schema of a group's copies: PostgreSQL identifiers have no hyphen, and a group may. */
    public static String esquemaDe(String grupo) {
        return "pnt_reconstruccion_" + grupo.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /** The processor of the rebuild of these groups started at {@code iniciada}. */
    public static String procesadorDe(List<String> grupos, Instant iniciada) {
        return PREFIJO_DEL_PROCESADOR.formatted(String.join(SEPARADOR, grupos)) + iniciada.toEpochMilli();
    }

    /** The groups it rebuilds, in the order given. */
    List<String> grupos() {
        return modelos.stream().map(Modelo::grupo).toList();
    }

    private String nombre() {
        return String.join(", ", grupos());
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
     * Takes each group's lock (one rebuild of a group at a time, across instances), makes empty copies of their
     * tables and starts the processor that fills them. A group whose lock another rebuild holds is left out, and
     * {@link #grupos()} no longer names it; throws when that leaves none.
     */
    void iniciar() throws SQLException {
        try {
            candado = conexionDelCandado();
            candado.setAutoCommit(true);
            List<Modelo> libres = new ArrayList<>();
            for (Modelo modelo : modelos) {
                if (bloquear(modelo.grupo())) {
                    bloqueados.add(modelo.grupo());
                    libres.add(modelo);
                }
            }
            if (libres.isEmpty()) {
                throw new ReconstruccionOcupada(nombre());
            }
            modelos = List.copyOf(libres);
            procesador = procesadorDe(grupos(), iniciada);
            conexiones = new HikariDataSource(configuracion());
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
            LOG.info("Reconstrucción de {} iniciada en {}", nombre(), modelos.stream()
                    .map(modelo -> esquemaDe(modelo.grupo())).toList());
        } catch (ReconstruccionOcupada ocupada) {
            liberar(false);
            throw ocupada;
        } catch (SQLException | RuntimeException error) {
            fallar(error);
            throw error;
        }
    }

    /**
     * The connection that holds the locks, opened before the pool: the pool's search path names only the groups whose
     * lock was taken (another rebuild's copies must never be written through it), and the platform's pool is not
     * lent for as long as a rebuild lasts.
     */
    private Connection conexionDelCandado() throws SQLException {
        HikariDataSource base = plataforma.conexiones();
        Properties propiedades = new Properties();
        propiedades.putAll(base.getDataSourceProperties());
        if (base.getUsername() != null) {
            propiedades.setProperty("user", base.getUsername());
        }
        if (base.getPassword() != null) {
            propiedades.setProperty("password", base.getPassword());
        }
        return DriverManager.getConnection(base.getJdbcUrl(), propiedades);
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
        config.setPoolName("pnt-reconstruccion-" + iniciada.toEpochMilli());
        config.setMaximumPoolSize(CONEXIONES);
        config.setMinimumIdle(0);
        // The copies first (a table belongs to one read model, so their names do not clash); the event store, the
        // tokens and other read models' tables are found after them.
        config.setConnectionInitSql("set search_path to " + String.join(", ", modelos.stream()
                .map(modelo -> esquemaDe(modelo.grupo())).toList()) + ", public");
        return config;
    }

    /** A session lock: it goes with the connection if this process dies, so no rebuild is left locked. */
    private boolean bloquear(String grupo) throws SQLException {
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
        // What a rebuild of these groups left behind when its process died.
        borrarTokensDeReconstrucciones(plataforma.jdbc());
        for (Modelo modelo : modelos) {
            copiarTablas(esquemaDe(modelo.grupo()), modelo.tablas());
        }
    }

    private void copiarTablas(String esquema, List<String> tablas) throws SQLException {
        try (Statement sentencia = candado.createStatement()) {
            sentencia.execute("drop schema if exists " + esquema + " cascade");
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
     * The projectors' handlers as the served processors have them, minus their dead-letter queues: a rebuild that
     * cannot apply an event fails and says so, rather than parking it in a served read model's queue. Each event
     * reaches every projector through the same message, so its payload is deserialised once for all of them.
     */
    private PooledStreamingEventProcessor procesadorDeLaCopia() {
        modelos.forEach(modelo -> manejadores.put(modelo.grupo(), manejadoresDe(modelo.proyector())));
        String hilos = "reconstruccion-" + (modelos.size() == 1 ? modelos.get(0).grupo() : "modelos");
        coordinador = Executors.newScheduledThreadPool(1,
                ConexionesDeReconstruccion.hilosQueUsan(conexiones, hilos + "-coordinador"));
        trabajadores = Executors.newScheduledThreadPool(SEGMENTOS,
                ConexionesDeReconstruccion.hilosQueUsan(conexiones, hilos));
        return PooledStreamingEventProcessor.builder()
                .name(procesador)
                .eventHandlerInvoker(new MultiEventHandlerInvoker(new ArrayList<>(manejadores.values())))
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
                .initialSegmentCount(SEGMENTOS)
                .batchSize(EVENTOS_POR_LOTE)
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
    }

    private SimpleEventHandlerInvoker manejadoresDe(Object proyector) {
        org.axonframework.config.Configuration axon = plataforma.axon();
        return SimpleEventHandlerInvoker.builder()
                .eventHandlers(proyector)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(proyector.getClass()))
                .listenerInvocationErrorHandler((error, evento, manejador) -> {
                    throw error;
                })
                .build();
    }

    /**
     * Called now and then while it builds: fails it when its processor failed, swaps the copies in once every
     * segment has reached the head the previous call saw. Under steady writes the head moves on between a look at
     * the copies and a look at the store, so "at the head now" might never be seen; the head of a moment ago bounds
     * what is left, and the served processors apply that after the switch, from the copies' tokens.
     *
     * @param servidos the served processor of each group
     */
    void revisar(long cabeza, Function<String, StreamingEventProcessor> servidos) {
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
            cambiar(servidos);
        }
    }

    private void cambiar(Function<String, StreamingEventProcessor> servidos) {
        etapa = Etapa.CAMBIANDO;
        List<StreamingEventProcessor> enMarcha = new ArrayList<>();
        try {
            // Statistics for the planner before the copies serve, while nothing waits on them.
            try (Statement sentencia = candado.createStatement()) {
                for (Modelo modelo : modelos) {
                    for (String tabla : modelo.tablas()) {
                        sentencia.execute("analyze " + esquemaDe(modelo.grupo()) + "." + tabla);
                    }
                }
            }
            // The instance the copies were built in (their claims name it as the token store knows it).
            String esta = plataforma.jdbc().queryForList("select owner from token_entry where processor_name = ? "
                    + "and owner is not null", String.class, procesador).stream().findFirst().orElse(null);
            // All at once: each takes about half a second to stop, and the served tables wait meanwhile.
            List<CompletableFuture<Void>> paradas = new ArrayList<>();
            for (Modelo modelo : modelos) {
                StreamingEventProcessor servido = servidos.apply(modelo.grupo());
                if (servido.isRunning()) {
                    enMarcha.add(servido);
                }
                paradas.add(servido.shutdownAsync());
            }
            paradas.add(copia.shutdownAsync());
            CompletableFuture.allOf(paradas.toArray(CompletableFuture[]::new)).join();
            REINTENTO_DEL_CAMBIO.invoke(() -> plataforma.transacciones().executeWithoutResult(estado -> {
                JdbcTemplate jdbc = plataforma.jdbc();
                List<String> tiposOmitidos = jdbc.queryForList("select distinct payload_type from evento_omitido "
                        + "where procesador = ?", String.class, procesador);
                for (Modelo modelo : modelos) {
                    cambiar(jdbc, modelo, esta, tiposOmitidos);
                }
                jdbc.update("delete from token_entry where processor_name = ?", procesador);
                jdbc.update("delete from evento_omitido where procesador = ?", procesador);
                borrarTokensDeReconstrucciones(jdbc);
            }));
            LOG.info("Reconstrucción de {} terminada: las tablas nuevas sirven desde ahora", nombre());
            liberar(false);
            terminar(Etapa.TERMINADA, null);
        } catch (SQLException | RuntimeException error) {
            fallar(error);
        } finally {
            for (StreamingEventProcessor servido : enMarcha) {
                if (!servido.isRunning()) {
                    servido.start();
                }
            }
        }
    }

    /** One group's copies take the place of its served tables, in the switch's transaction. */
    private void cambiar(JdbcTemplate jdbc, Modelo modelo, String esta, List<String> tiposOmitidos) {
        String grupo = modelo.grupo();
        String esquema = esquemaDe(grupo);
        jdbc.execute("drop table " + String.join(", ", modelo.tablas().stream().map(t -> "public." + t).toList()));
        for (String tabla : modelo.tablas()) {
            jdbc.execute("alter table " + esquema + "." + tabla + " set schema public");
        }
        jdbc.execute("drop schema " + esquema);
        jdbc.update("delete from token_entry where processor_name = ?", grupo);
        // Claimed by this instance, whose served processor goes on from the copies' position when it starts again;
        // the instances then share the segments as before (RepartoDeSegmentos). Not left unowned: another
        // instance's batch in flight meanwhile (applied to the new tables once the old ones are gone) would claim an
        // unowned token when it stores its own, and move the copies' position. With the token claimed here, that
        // batch fails to store its token and is rolled back.
        jdbc.update("insert into token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                + "select ?, segment, token, token_type, timestamp, ? from token_entry where processor_name = ?",
                grupo, esta, procesador);
        // The copies applied every event (a rebuild fails on one it cannot apply): what the served model had parked
        // is in them now, and retrying it would apply it twice.
        jdbc.update("delete from dead_letter_entry where processing_group = ?", grupo);
        // Likewise the events the served processor had given up waiting for (VigiaDeHuecos): the copies read them
        // from the store. What the copies themselves gave up and this read model handles is the served model's now.
        jdbc.update("delete from evento_omitido where procesador = ?", grupo);
        for (String tipo : tiposOmitidos) {
            if (maneja(manejadores.get(grupo), tipo)) {
                jdbc.update("insert into evento_omitido (procesador, segmento, global_index, aggregate_identifier, "
                        + "payload_type, detectado_en) select ?, segmento, global_index, aggregate_identifier, "
                        + "payload_type, detectado_en from evento_omitido where procesador = ? and payload_type = ?",
                        grupo, procesador, tipo);
            }
        }
    }

    /** An unknown type is kept: better a warning too many than an event missed in silence. */
    private static boolean maneja(EventHandlerInvoker manejadores, String tipo) {
        try {
            return manejadores.canHandleType(Class.forName(tipo));
        } catch (ClassNotFoundException desconocido) {
            return true;
        }
    }

    /** Stops it, leaving the served tables as they are. */
    void fallar(Throwable error) {
        LOG.error("Reconstrucción de {} fallida; las tablas servidas quedan como estaban", nombre(), error);
        liberar(true);
        terminar(Etapa.FALLIDA, "La reconstrucción de " + nombre() + " falló: " + causaRaiz(error));
    }

    /** Whoever stops the platform stops its rebuilds too; the served tables stay as they are. */
    void detener() {
        if (enCurso()) {
            liberar(true);
            terminar(Etapa.FALLIDA, "La plataforma se detuvo antes de terminar la reconstrucción de " + nombre()
                    + ".");
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

    /**
     * Tokens of the rebuilds of any group whose lock it holds, alone or with other groups: a rebuild that holds a
     * group's lock is the only one alive with that group, so they are its own or a dead process's.
     */
    private void borrarTokensDeReconstrucciones(JdbcTemplate jdbc) {
        String marca = PREFIJO_DEL_PROCESADOR.formatted("");
        for (String grupo : bloqueados) {
            jdbc.update("delete from token_entry where strpos(processor_name, ?) > 0 "
                            + "and ? = any(string_to_array(split_part(processor_name, ?, 1), ?))",
                    marca, grupo, marca, SEPARADOR);
        }
    }

    /** Stops its processor and threads, drops what is left of the copies when asked, and releases the locks. */
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
                if (descartar && !bloqueados.isEmpty()) {
                    for (String grupo : bloqueados) {
                        sentencia.execute("drop schema if exists " + esquemaDe(grupo) + " cascade");
                    }
                    borrarTokensDeReconstrucciones(plataforma.jdbc());
                    plataforma.jdbc().update("delete from evento_omitido where procesador = ?", procesador);
                }
                for (String grupo : bloqueados) {
                    desbloqueo.setString(1, grupo);
                    desbloqueo.execute();
                }
                bloqueados.clear();
            } catch (SQLException error) {
                LOG.warn("No se pudo limpiar la reconstrucción de {}: {}", nombre(), error.getMessage());
            }
            try {
                candado.close();
            } catch (SQLException error) {
                LOG.debug("Conexión de la reconstrucción de {} ya cerrada", nombre(), error);
            }
            candado = null;
        }
        if (conexiones != null) {
            conexiones.close();
        }
    }

    /** Another rebuild of the groups, in this instance or another, holds their locks. */
    static final class ReconstruccionOcupada extends RuntimeException {
        ReconstruccionOcupada(String grupos) {
            super("El modelo de lectura " + grupos + " ya se está reconstruyendo.");
        }
    }
}
