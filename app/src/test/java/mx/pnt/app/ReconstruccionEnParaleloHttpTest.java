package mx.pnt.app;

import mx.pnt.app.operacion.ReconstruccionDeProyecciones;
import mx.pnt.app.operacion.ReconstruccionEnSombra;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A read model rebuilt while the platform serves it: its tables answer as before until the rebuilt copies replace
 * them at once, under the same names and indexes; a rebuild that fails leaves them as they were.
 * <p>
 * To look at a rebuild halfway, a test holds back its processor: it inserts, without committing, the first token
 * the rebuild's processor will insert (its name follows from the test clock), and the processor waits on it.
 */
class ReconstruccionEnParaleloHttpTest extends PlataformaEnPruebas {

    /**
     * What the platform keeps besides read models: the event store, Axon's tables, the command side's lookups, and
     * the operation's record of events a read model missed (evento_omitido).
     */
    private static final Set<String> FUERA_DE_LOS_MODELOS = Set.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "saga_entry", "association_value_entry", "dead_letter_entry", "flyway_schema_history",
            "documento", "documento_subido", "usuario", "evento_omitido");

    @Autowired
    private DataSource baseDeDatos;
    @Autowired
    private ReconstruccionDeProyecciones reconstruccion;

    @Test
    void cadaTablaDeLaPlataformaEsDeUnModeloDeLecturaODelLadoDeMando() {
        // A table a projector writes but does not name would be written in the served table during a rebuild.
        Map<String, List<String>> porGrupo = reconstruccion.tablas();
        List<String> declaradas = porGrupo.values().stream().flatMap(List::stream).toList();
        assertThat(declaradas).doesNotHaveDuplicates();
        Set<String> existentes = new TreeSet<>(jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class));
        Set<String> deLosModelos = existentes.stream().filter(t -> !t.startsWith("mando_"))
                .filter(t -> !FUERA_DE_LOS_MODELOS.contains(t)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(declaradas)).isEqualTo(deLosModelos);
        assertThat(porGrupo.keySet()).containsExactlyElementsOf(reconstruccion.grupos());
    }

    @org.junit.jupiter.api.AfterEach
    void sinCartasDePrueba() {
        jdbc.update("delete from dead_letter_entry where dead_letter_id = 'prueba-en-paralelo'");
    }

    @Test
    void laReconstruccionSirveLasTablasAnterioresHastaCambiarlasDeUnGolpe() throws Exception {
        String admin = tokenDe("admin", "ADMIN", null, null);
        String folio = (String) presentarSolicitud("so-salud", "Reconstrucción en paralelo").get("folio");
        // The reference is a first rebuild: tables built live in this JVM may lack events an earlier test appended
        // under a clock that jumped (see ReconstruccionDeProyeccionesHttpTest).
        esperarAlDia(admin, "seguimiento");
        web.post().uri("/api/admin/proyecciones/seguimiento/reconstruccion").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isAccepted();
        esperarAlDia(admin, "seguimiento");
        String seguimiento = seguimiento(folio);
        long filas = jdbc.queryForObject("select count(*) from seguimiento_folio", Long.class);
        long tabla = oid("seguimiento_folio");
        Set<String> indices = indices("seguimiento_folio", "seguimiento_hito");
        Map<String, List<String>> antes = volcado(List.of("seguimiento_folio", "seguimiento_hito"));
        String esquema = ReconstruccionEnSombra.esquemaDe("seguimiento");

        // An event the served model parked: once the copies serve, they have applied it.
        jdbc.update("insert into dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, "
                + "sequence_index, message_type, event_identifier, time_stamp, payload_type, payload, enqueued_at) "
                + "values ('prueba-en-paralelo', 'seguimiento', 'secuencia-de-prueba', 0, 'EventMessage', "
                + "'evento-de-prueba', '2026-02-10T00:00:00Z', 'java.lang.String', '\\x00'::bytea, now())");
        try (Connection retencion = retener("seguimiento")) {
            web.post().uri("/api/admin/proyecciones/seguimiento/reconstruccion").headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isAccepted()
                    .expectBody().jsonPath("$.reconstruccion.etapa").isEqualTo("CONSTRUYENDO")
                    .jsonPath("$.alDia").isEqualTo(false);
            // Halfway: the copies exist, empty, and the served tables answer as before.
            assertThat(jdbc.queryForObject("select count(*) from " + esquema + ".seguimiento_folio", Long.class))
                    .isZero();
            assertThat(seguimiento(folio)).isEqualTo(seguimiento);
            assertThat(jdbc.queryForObject("select count(*) from seguimiento_folio", Long.class)).isEqualTo(filas);
            web.post().uri("/api/admin/proyecciones/seguimiento/reconstruccion").headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("ya se está"));
            retencion.rollback();
        }

        Map<?, ?> estado = esperarAlDia(admin, "seguimiento");
        assertThat(((Map<?, ?>) estado.get("reconstruccion")).get("etapa")).isEqualTo("TERMINADA");
        assertThat(oid("seguimiento_folio")).as("la tabla servida es la reconstruida").isNotEqualTo(tabla);
        assertThat(indices("seguimiento_folio", "seguimiento_hito")).isEqualTo(indices);
        assertThat(volcado(List.of("seguimiento_folio", "seguimiento_hito"))).isEqualTo(antes);
        assertThat(seguimiento(folio)).isEqualTo(seguimiento);
        assertThat(esquemaExiste(esquema)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name like '%@reconstruccion%'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = 'seguimiento'",
                Long.class)).isZero();
        // The served processor goes on from where the copies stopped, on the new tables.
        String nuevo = (String) presentarSolicitud("so-salud", "Después de la reconstrucción").get("folio");
        await().atMost(Duration.ofSeconds(30)).until(() -> web.get().uri("/api/seguimiento/{folio}", nuevo).exchange()
                .returnResult(String.class).getStatus().is2xxSuccessful());
    }

    /**
     * Rebuilding all read models is one rebuild: one processor reads the store once for all of them, and they change
     * over in one transaction. An event its processor gave up waiting for goes to the read models that handle it.
     */
    @Test
    void reconstruirTodosEsUnaSolaLecturaDelAlmacenYUnSoloCambio() throws Exception {
        String admin = tokenDe("admin", "ADMIN", null, null);
        String folio = (String) presentarSolicitud("so-sep", "Reconstrucción de todos").get("folio");
        for (String grupo : reconstruccion.grupos()) {
            esperarAlDia(admin, grupo);
        }
        long indice = jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", Long.class, folio);
        String procesador = ReconstruccionEnSombra.procesadorDe(reconstruccion.grupos(), Instant.now(reloj));
        try {
            try (Connection retencion = retenerProcesador(procesador)) {
                web.post().uri("/api/admin/proyecciones/reconstruccion").headers(h -> h.setBearerAuth(admin))
                        .exchange().expectStatus().isAccepted();
                assertThat(momentos(grupo -> estado(admin, grupo), "CONSTRUYENDO", "iniciada", true)).hasSize(1);
                // As VigiaDeHuecos records an event the copies' processor will never read.
                jdbc.update("insert into evento_omitido (procesador, segmento, global_index, aggregate_identifier, "
                        + "payload_type, detectado_en) values (?, 0, ?, ?, ?, now())", procesador, indice, folio,
                        SolicitudPresentada.class.getName());
                retencion.rollback();
            }
            assertThat(momentos(grupo -> esperarAlDia(admin, grupo), "TERMINADA", "terminada", false))
                    .as("cambiados en una sola transacción").hasSize(1);
            assertThat(jdbc.queryForList("select procesador from evento_omitido where global_index = ? "
                    + "order by procesador", String.class, indice))
                    .as("los modelos que manejan la presentación, y solo ellos")
                    .contains("plazos", "seguimiento", "tablero", "bandeja")
                    .doesNotContain("catalogo", "calendario", procesador);
            assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name like "
                    + "'%@reconstruccion%'", Long.class)).isZero();
            assertThat(seguimiento(folio)).contains(folio);
        } finally {
            jdbc.update("delete from evento_omitido where global_index = ?", indice);
        }
    }

    @Test
    void unaReconstruccionQueFallaDejaLasTablasServidasComoEstaban() throws Exception {
        String admin = tokenDe("admin", "ADMIN", null, null);
        presentarSolicitud("so-salud", "Reconstrucción que falla");
        esperarAlDia(admin, "bandeja");
        long tabla = oid("bandeja_solicitud");
        Map<String, List<String>> antes = volcado(List.of("bandeja_solicitud"));
        String esquema = ReconstruccionEnSombra.esquemaDe("bandeja");

        try (Connection retencion = retener("bandeja")) {
            web.post().uri("/api/admin/proyecciones/bandeja/reconstruccion").headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isAccepted();
            // The copy refuses every row, as a projector that cannot apply an event would fail.
            jdbc.execute("alter table " + esquema + ".bandeja_solicitud add constraint rechazo_de_prueba "
                    + "check (false) not valid");
            retencion.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> estado(admin,
                "bandeja").get("reconstruccion"), r -> "FALLIDA".equals(((Map<?, ?>) r).get("etapa")));
        Map<?, ?> reconstruida = (Map<?, ?>) estado(admin, "bandeja").get("reconstruccion");
        assertThat((String) reconstruida.get("detalle")).contains("bandeja", "rechazo_de_prueba");
        esperarAlDia(admin, "bandeja");
        assertThat(oid("bandeja_solicitud")).isEqualTo(tabla);
        assertThat(volcado(List.of("bandeja_solicitud"))).isEqualTo(antes);
        assertThat(esquemaExiste(esquema)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name like 'bandeja@%'",
                Long.class)).isZero();
        // Another rebuild then runs to the end.
        web.post().uri("/api/admin/proyecciones/bandeja/reconstruccion").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isAccepted();
        Map<?, ?> otra = esperarAlDia(admin, "bandeja");
        assertThat(((Map<?, ?>) otra.get("reconstruccion")).get("etapa")).isEqualTo("TERMINADA");
        assertThat(oid("bandeja_solicitud")).isNotEqualTo(tabla);
        assertThat(jdbc.queryForObject("select count(*) from pg_constraint where conname = 'rechazo_de_prueba'",
                Long.class)).isZero();
    }

    @Test
    void unGrupoQueOtraInstanciaReconstruyeNoSeReconstruyeDosVeces() throws Exception {
        String admin = tokenDe("admin", "ADMIN", null, null);
        esperarAlDia(admin, "catalogo");
        long tabla = oid("catalogo_entrada");
        // Another instance's rebuild of catalogo holds the group's lock in PostgreSQL.
        try (Connection otraInstancia = baseDeDatos.getConnection();
             PreparedStatement candado = otraInstancia.prepareStatement(
                     "select pg_advisory_lock(hashtext('pnt-reconstruccion'), hashtext('catalogo'))")) {
            candado.execute();
            web.post().uri("/api/admin/proyecciones/catalogo/reconstruccion").headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            // Rebuilding all starts the others and leaves catalogo to the instance that holds it.
            web.post().uri("/api/admin/proyecciones/reconstruccion").headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isAccepted()
                    .expectBody().jsonPath("$[?(@.grupo == 'catalogo')].reconstruyendo").isEqualTo(false)
                    .jsonPath("$[?(@.grupo == 'seguimiento')].reconstruyendo").isEqualTo(true);
            for (String grupo : reconstruccion.grupos()) {
                esperarAlDia(admin, grupo);
            }
            assertThat(oid("catalogo_entrada")).as("catalogo no se reconstruyó aquí").isEqualTo(tabla);
            assertThat(esquemaExiste(ReconstruccionEnSombra.esquemaDe("catalogo"))).isFalse();
            try (Statement libera = otraInstancia.createStatement()) {
                libera.execute("select pg_advisory_unlock_all()");
            }
        }
    }

    /**
     * Holds back the processor of the next rebuild of {@code grupo}: its first token, inserted and not committed,
     * makes the processor's own insert wait until the returned transaction ends.
     */
    private Connection retener(String grupo) throws Exception {
        return retenerProcesador(ReconstruccionEnSombra.procesadorDe(List.of(grupo), Instant.now(reloj)));
    }

    private Connection retenerProcesador(String procesador) throws Exception {
        Connection conexion = baseDeDatos.getConnection();
        conexion.setAutoCommit(false);
        try (PreparedStatement token = conexion.prepareStatement("insert into token_entry (processor_name, segment, "
                + "token_type, timestamp, owner) values (?, 0, null, ?, null)")) {
            token.setString(1, procesador);
            token.setString(2, Instant.now(reloj).toString());
            token.executeUpdate();
        }
        return conexion;
    }

    private String seguimiento(String folio) {
        return web.get().uri("/api/seguimiento/{folio}", folio).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private Map<?, ?> estado(String admin, String grupo) {
        List<?> estados = web.get().uri("/api/admin/proyecciones").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return estados.stream().map(e -> (Map<?, ?>) e).filter(e -> grupo.equals(e.get("grupo"))).findFirst()
                .orElseThrow();
    }

    private Map<?, ?> esperarAlDia(String admin, String grupo) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> estado(admin, grupo), e -> Boolean.TRUE.equals(e.get("alDia")));
    }

    private long oid(String tabla) {
        return jdbc.queryForObject("select ('public." + tabla + "'::regclass)::oid::bigint", Long.class);
    }

    /** Names and definitions of the tables' indexes and constraints. */
    private Set<String> indices(String... tablas) {
        Set<String> todos = new TreeSet<>();
        for (String tabla : tablas) {
            todos.addAll(jdbc.queryForList("select indexname || ': ' || indexdef from pg_indexes "
                    + "where schemaname = 'public' and tablename = ?", String.class, tabla));
            todos.addAll(jdbc.queryForList("select conname || ': ' || pg_get_constraintdef(oid) from pg_constraint "
                    + "where conrelid = ?::regclass", String.class, "public." + tabla));
        }
        return todos;
    }

    /**
     * The moment ({@code momento}: iniciada, terminada) of every group's rebuild, each read by {@code leer}, checked
     * to be at {@code etapa} with its copies' schema there or not.
     */
    private Set<Object> momentos(java.util.function.Function<String, Map<?, ?>> leer, String etapa, String momento,
                                 boolean conCopias) {
        Set<Object> momentos = new java.util.HashSet<>();
        for (String grupo : reconstruccion.grupos()) {
            Map<?, ?> suya = (Map<?, ?>) leer.apply(grupo).get("reconstruccion");
            assertThat(suya.get("etapa")).as(grupo).isEqualTo(etapa);
            momentos.add(suya.get(momento));
            assertThat(esquemaExiste(ReconstruccionEnSombra.esquemaDe(grupo))).as(grupo).isEqualTo(conCopias);
        }
        return momentos;
    }

    private boolean esquemaExiste(String esquema) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from information_schema.schemata "
                + "where schema_name = ?)", Boolean.class, esquema));
    }
}
