package mx.pnt.app.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import mx.pnt.app.PlataformaEnPruebas;
import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.DeclararDiaInhabil;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor's gaps are read by index ({@link HuecosPorIndice}): the same events and tokens as Axon's own
 * statement, without walking the store from its first event once PostgreSQL plans the statement for any value.
 */
class HuecosPorIndiceTest extends PlataformaEnPruebas {

    private static final long SEMILLA = Long.getLong("pnt.huecos.semilla", System.nanoTime());
    private static final String CALENDARIO = AbrirCalendario.idDelGarante("huecos");
    private static final MetaData ADMIN = MetaData.from(new MetadatosDelActor("admin", "ADMIN", null, null)
            .comoMapa());
    /** Enough events before the gaps that walking them shows against reading a few. */
    private static final int EVENTOS_MINIMOS = 250;
    /** Axon's statement with gaps as Hibernate writes it from Axon's query, for comparison. */
    private static final String DE_AXON = "select global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry "
            + "where global_index > $2 or global_index in ($1) order by global_index fetch first $3 rows only";

    @Autowired
    private EventStorageEngine motor;

    @BeforeEach
    void almacenConEventos() {
        if (eventosAlmacenados() >= EVENTOS_MINIMOS) {
            return;
        }
        registrarGarante("huecos", "America/Mexico_City");
        LocalDate fecha = LocalDate.of(2026, 3, 2);
        for (int i = 0; eventosAlmacenados() < EVENTOS_MINIMOS; i++) {
            while (fecha.getDayOfWeek() == DayOfWeek.SATURDAY || fecha.getDayOfWeek() == DayOfWeek.SUNDAY) {
                fecha = fecha.plusDays(1);
            }
            comandos.sendAndWait(new DeclararDiaInhabil(CALENDARIO, fecha, "Día inhábil " + i, "ACT-HUECOS/" + i,
                    LocalDate.of(2026, 2, 10)), ADMIN);
            fecha = fecha.plusDays(1);
        }
    }

    private long ultimo() {
        return jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
    }

    private List<String> leidos(EventStorageEngine deQuien, GapAwareTrackingToken desde, int cuantos) {
        try (var eventos = deQuien.readEvents(desde, false)) {
            return eventos.limit(cuantos).map(e -> e.getIdentifier() + " " + ((TrackedEventMessage<?>) e)
                    .trackingToken()).toList();
        }
    }

    @Test
    void conHuecosLeeLosMismosEventosYTokensQueElMotorDeAxon() {
        assertThat(motor).isInstanceOf(HuecosPorIndice.class);
        JpaEventStorageEngine deAxon = motorDelAlmacen(entidadesDelAlmacen).build();
        // The statements the engine asks for, to tie it to the one measured below.
        List<String> sentencias = new CopyOnWriteArrayList<>();
        EntityManagerProvider registrado = () -> (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{EntityManager.class}, (proxy, metodo, argumentos) -> {
                    if (metodo.getName().startsWith("create") && argumentos != null
                            && argumentos[0] instanceof String sentencia) {
                        sentencias.add(sentencia);
                    }
                    try {
                        return metodo.invoke(entidadesDelAlmacen.getEntityManager(), argumentos);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        HuecosPorIndice nuestro = new HuecosPorIndice(motorDelAlmacen(registrado));
        Random azar = new Random(SEMILLA);
        long ultimo = ultimo();
        for (int caso = 0; caso < 40; caso++) {
            long token = ultimo - 1 - azar.nextInt(120);
            TreeSet<Long> huecos = new TreeSet<>();
            for (int i = 1 + azar.nextInt(6); i > 0; i--) {
                huecos.add(token - 1 - azar.nextInt(40));
            }
            if (azar.nextBoolean()) {
                // An index no event ever got: a transaction that rolled back.
                huecos.add(0L);
            }
            GapAwareTrackingToken desde = GapAwareTrackingToken.newInstance(token, huecos);
            // Never past the last event of the start: one appended meanwhile would reach only the second engine.
            long despues = jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ? "
                    + "and global_index <= ?", Long.class, token, ultimo);
            int cuantos = 1 + azar.nextInt((int) Math.min(250, despues));
            sentencias.clear();
            List<String> nuestros = leidos(nuestro, desde, cuantos);
            assertThat(sentencias.get(0)).isEqualTo(HuecosPorIndice.CON_HUECOS);
            assertThat(nuestros).as("semilla %d (-Dpnt.huecos.semilla=%d), token %s", SEMILLA, SEMILLA, desde)
                    .isEqualTo(leidos(deAxon, desde, cuantos));
            // The gaps that exist come first, in order: the branch of the gaps was read.
            long primerHueco = huecos.stream().filter(h -> h > 0).findFirst().orElseThrow();
            assertThat(nuestros.get(0)).startsWith(jdbc.queryForObject(
                    "select event_identifier from domain_event_entry where global_index = ?", String.class, primerHueco));
        }
    }

    /**
     * Planned for any value, as PostgreSQL plans a statement pgjdbc has prepared, over a store of 20,000 events (a
     * copy of the store's table, filled in this session only): Axon's statement reads the whole table (by its index
     * or sequentially, depending on how many rows fit a page), this one a few pages.
     */
    @Test
    void conHuecosNoRecorreElAlmacenAunConUnPlanGenerico() {
        String nuestra = HuecosPorIndice.CON_HUECOS.replace("(:huecos)", "($1)").replace(":token", "$2")
                .replace(":lote", "$3");
        jdbc.execute((ConnectionCallback<Void>) conexion -> {
            try (Statement s = conexion.createStatement()) {
                s.execute("create temporary table eventos_de_prueba (like domain_event_entry including all)");
                s.execute("insert into eventos_de_prueba (global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, time_stamp, payload_type, payload) select i, 'e' || i, 'a' || i, 0, "
                        + "'2026-01-01T00:00:00Z', 'Tipo', convert_to(repeat('x', 600), 'UTF8') "
                        + "from generate_series(1, 20000) i");
                s.execute("analyze eventos_de_prueba");
                s.execute("set plan_cache_mode = force_generic_plan");
                long paginasDeLaTabla;
                try (ResultSet r = s.executeQuery("select relpages from pg_class where oid = 'eventos_de_prueba'::regclass")) {
                    r.next();
                    paginasDeLaTabla = r.getLong(1);
                }
                try {
                    assertThat(paginasLeidas(s, nuestra, 19_990, 19_995)).isLessThan(30);
                    // Every page of the table at least, whichever way PostgreSQL goes through it.
                    assertThat(paginasLeidas(s, DE_AXON, 19_990, 19_995)).isGreaterThanOrEqualTo(paginasDeLaTabla)
                            .isGreaterThan(1_000);
                } finally {
                    s.execute("reset plan_cache_mode");
                    s.execute("drop table eventos_de_prueba");
                }
            }
            return null;
        });
    }

    private static long paginasLeidas(Statement s, String sentencia, long hueco, long token) throws SQLException {
        s.execute("prepare con_huecos(bigint, bigint, int) as "
                + sentencia.replace("domain_event_entry", "eventos_de_prueba"));
        try (ResultSet plan = s.executeQuery("explain (analyze, buffers, format json) execute con_huecos(" + hueco
                + ", " + token + ", 100)")) {
            plan.next();
            JsonNode raiz = new ObjectMapper().readTree(plan.getString(1)).get(0).get("Plan");
            return raiz.get("Shared Hit Blocks").asLong() + raiz.get("Shared Read Blocks").asLong()
                    + raiz.get("Local Hit Blocks").asLong() + raiz.get("Local Read Blocks").asLong();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            s.execute("deallocate con_huecos");
        }
    }
}
