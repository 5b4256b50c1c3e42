package mx.pnt.app;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.pnt.PlataformaApplication;
import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.catalogo.RegistrarOrganismoGarante;
import mx.pnt.command.catalogo.RegistrarSujetoObligado;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform on a real embedded PostgreSQL (its own data folder), reached through real HTTP. Every
 * subclass shares one application context, so PostgreSQL starts once per test run.
 */
// A live board's heartbeat every second, so a test sees one without waiting the default 15 s.
@SpringBootTest(classes = PlataformaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pnt.tablero.latido=PT1S")
@AutoConfigureWebTestClient
// Imported here, for every subclass, so that all of them keep sharing one context (and one PostgreSQL).
@Import({PlataformaEnPruebas.RelojDePrueba.class, ProyeccionQueFalla.class})
public abstract class PlataformaEnPruebas {

    /**
     * Tuesday 10 February 2026, 10:00 in Mexico City: a día hábil within reception hours, LGTAIP 2025 in force.
     * The demo calendars declare no día inhábil from 11 February to 10 March 2026, the response deadline.
     */
    public static final Instant MARTES_10_FEBRERO_2026 = Instant.parse("2026-02-10T16:00:00Z");

    private static final Path DATOS = carpetaTemporal();

    @DynamicPropertySource
    static void carpetaDeDatos(DynamicPropertyRegistry registro) {
        carpetaDeDatos(registro, DATOS);
    }

    /** A platform of a test's own in {@code datos}: its PostgreSQL, key and documents, test limits and timers. */
    static void carpetaDeDatos(DynamicPropertyRegistry registro, Path datos) {
        registro.add("pnt.postgres-embebido.datos", () -> datos.resolve("postgres").toString());
        registro.add("pnt.seguridad.llave", () -> datos.resolve("llave-jwt.bin").toString());
        registro.add("pnt.documentos.carpeta", () -> datos.resolve("documentos").toString());
        // 1 MiB instead of the default 20 MiB, so a test proves the limit without moving 20 MiB.
        registro.add("pnt.documentos.tamano-maximo", () -> "1048576");
        // Tests move the clock: the timer of plazos run out acts only when a test calls it.
        registro.add("pnt.vencimientos.activa", () -> "false");
        // The test clock stands still, so a bucket of the statistics' limit never refills: the suite's many consultas
        // from one address must fit (LimiteDeEstadisticasTest checks the limit itself).
        registro.add("pnt.estadisticas.limite.capacidad", () -> "1000000");
        // The watcher of given-up gaps runs only when a test calls its round.
        registro.add("pnt.huecos.activa", () -> "false");
    }

    @Autowired
    protected WebTestClient web;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected RelojAjustable reloj;
    @Autowired
    protected CommandGateway comandos;
    /** The platform's store, for a test that builds an engine of its own over it to compare with the platform's. */
    @Autowired
    protected EntityManagerProvider entidadesDelAlmacen;
    @Autowired
    private Serializer serializadorDelAlmacen;
    @Autowired
    private TransactionManager transaccionesDeAxon;
    @Autowired
    private PlatformTransactionManager transaccionesDeSpring;
    @PersistenceContext
    private EntityManager sesionDeLaTransaccion;

    /**
     * A busy CI machine (two cores, a durable commit per command) can take more than the client's default 5 s
     * for one answer; a test waits for the answer, it does not time the platform (benchmarks do).
     */
    @org.junit.jupiter.api.BeforeEach
    void esperaHolgada() {
        web = web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    /** Axon's JPA storage engine over the platform's store, through {@code entidades}, apart from the platform's. */
    protected JpaEventStorageEngine.Builder motorDelAlmacen(EntityManagerProvider entidades) {
        return JpaEventStorageEngine.builder().snapshotSerializer(serializadorDelAlmacen)
                .eventSerializer(serializadorDelAlmacen).entityManagerProvider(entidades)
                .transactionManager(transaccionesDeAxon);
    }

    /** The statements Hibernate sends to PostgreSQL while {@code trabajo} runs in one transaction (as a lot does). */
    protected int sentenciasEnUnaTransaccion(Runnable trabajo) {
        AtomicInteger enviadas = new AtomicInteger();
        new TransactionTemplate(transaccionesDeSpring).executeWithoutResult(estado -> {
            sesionDeLaTransaccion.unwrap(Session.class).addEventListeners(new SessionEventListener() {
                @Override
                public void jdbcExecuteStatementStart() {
                    enviadas.incrementAndGet();
                }
            });
            trabajo.run();
        });
        return enviadas.get();
    }

    /** The platform's own actor, stated explicitly as every command must. */
    protected static final MetaData SISTEMA = MetaData.from(MetadatosDelActor.SISTEMA.comoMapa());

    /** Registers a garante of a test's own, with its calendar open 09:00-18:00, so no other test shares it. */
    protected void registrarGarante(String garanteId, String zona) {
        comandos.sendAndWait(new RegistrarOrganismoGarante(garanteId, "Garante de prueba " + garanteId, "Pruebas"),
                SISTEMA);
        comandos.sendAndWait(new AbrirCalendario(AbrirCalendario.idDelGarante(garanteId), garanteId, zona,
                LocalTime.of(9, 0), LocalTime.of(18, 0)), SISTEMA);
    }

    protected void registrarSujetoObligado(String sujetoObligadoId, String clave, String garanteId) {
        comandos.sendAndWait(new RegistrarSujetoObligado(sujetoObligadoId, clave, "Sujeto obligado de prueba "
                + sujetoObligadoId, garanteId), SISTEMA);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RelojDePrueba {
        @Bean
        @Primary
        RelojAjustable relojAjustable() {
            return new RelojAjustable(MARTES_10_FEBRERO_2026);
        }
    }

    protected String token(String usuario, String contrasena) {
        Map<?, ?> sesion = web.post().uri("/api/sesiones").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("usuario", usuario, "contrasena", contrasena))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) sesion.get("token");
    }

    @Autowired
    private org.springframework.security.oauth2.jwt.JwtEncoder codificador;

    /**
     * Until every read model has applied every event stored now: a read model's two segments move on independently,
     * so one aggregate's rows being there says nothing of another's.
     */
    protected void esperarProyeccionesAlDia() {
        String admin = tokenDe("admin-pruebas", "ADMIN", null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> estados = web.get().uri("/api/admin/proyecciones")
                    .headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                    }).returnResult().getResponseBody();
            return estados != null && !estados.isEmpty()
                    && estados.stream().allMatch(e -> Boolean.TRUE.equals(e.get("alDia")));
        });
    }

    /**
     * A token the platform itself signs, for an account the demo does not have (another role, another sujeto
     * obligado): the same claims a log-in gives, valid 90 days of the test clock.
     */
    protected String tokenDe(String usuario, String rol, String garanteId, String sujetoObligadoId) {
        return firmar(codificador, Instant.now(reloj), java.time.Duration.ofDays(90), usuario, rol, garanteId,
                sujetoObligadoId);
    }

    /** A token with the claims a log-in gives, signed by the platform's own key, valid {@code vigencia}. */
    static String firmar(org.springframework.security.oauth2.jwt.JwtEncoder codificador, Instant ahora,
                         java.time.Duration vigencia, String usuario, String rol, String garanteId,
                         String sujetoObligadoId) {
        var claims = org.springframework.security.oauth2.jwt.JwtClaimsSet.builder().issuer("pnt-plataforma")
                .subject(usuario).claim("rol", rol).issuedAt(ahora).expiresAt(ahora.plus(vigencia));
        if (garanteId != null) {
            claims.claim("garante", garanteId);
        }
        if (sujetoObligadoId != null) {
            claims.claim("sujeto_obligado", sujetoObligadoId);
        }
        return codificador.encode(org.springframework.security.oauth2.jwt.JwtEncoderParameters.from(
                org.springframework.security.oauth2.jwt.JwsHeader.with(
                        org.springframework.security.oauth2.jose.jws.MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
    }

    /** Presents a solicitud through HTTP as the demo solicitante; the acuse (201 expected). */
    protected Map<?, ?> presentarSolicitud(String sujetoObligadoId, String descripcion) {
        return web.post().uri("/api/solicitudes")
                .headers(h -> h.setBearerAuth(token("ciudadana", "ciudadana-demo")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", sujetoObligadoId, "descripcion", descripcion,
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Answers a solicitud as the delivery of the information (ENTREGA), with the Unidad's token (200 expected). */
    protected void responderConEntrega(String folio, String unidad, String respuesta) {
        web.post().uri("/api/solicitudes/{folio}/respuesta", folio).headers(h -> h.setBearerAuth(unidad))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("tipo", "ENTREGA", "respuesta", respuesta))
                .exchange().expectStatus().isOk();
    }

    /** The body of a SICOM comunicado between two parties, each by kind and catalog id. */
    protected static Map<String, Object> comunicado(String remitenteTipo, String remitente, String destinatarioTipo,
                                                    String destinatario, String asunto, java.util.List<?> adjuntos) {
        Map<String, Object> envio = new java.util.HashMap<>();
        envio.put("clase", "COMUNICADO");
        envio.put("remitente", Map.of("tipo", remitenteTipo, "id", remitente));
        envio.put("destinatario", Map.of("tipo", destinatarioTipo, "id", destinatario));
        envio.put("asunto", asunto);
        envio.put("adjuntos", adjuntos);
        return envio;
    }

    /**
     * A route whose query reaches the server exactly as written, already percent-encoded (a {@code %2B} stays a plus
     * sign; through a URI template it would be encoded again).
     */
    protected static java.util.function.Function<org.springframework.web.util.UriBuilder, java.net.URI> tal(
            String ruta, String consulta) {
        return b -> java.net.URI.create(b.path(ruta).build() + consulta);
    }

    /** Nothing blocked the event loop while this class ran, even where the error it throws was swallowed. */
    @org.junit.jupiter.api.AfterAll
    static void nadaBloqueoElBucleDeEventos() {
        org.assertj.core.api.Assertions.assertThat(BucleDeEventosSinBloqueos.bloqueosVistos())
                .as("llamadas bloqueantes en hilos del bucle de eventos").isEmpty();
    }

    /**
     * Each table as text, rows sorted, rendered by PostgreSQL in UTC so that the dump itself does not depend on the
     * session's zone; read in one transaction, so the tables are of one moment.
     */
    protected Map<String, java.util.List<String>> volcado(java.util.Collection<String> tablas) {
        return jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Map<String, java.util.List<String>>>)
                conexion -> volcado(conexion, tablas));
    }

    /** The same dump over any connection to a platform's database (one in another process, too). */
    static Map<String, java.util.List<String>> volcado(java.sql.Connection conexion, java.util.Collection<String> tablas)
            throws java.sql.SQLException {
        boolean autocommit = conexion.getAutoCommit();
        conexion.setAutoCommit(false);
        try (java.sql.Statement sentencia = conexion.createStatement()) {
            sentencia.execute("set local timezone = 'UTC'");
            Map<String, java.util.List<String>> volcado = new java.util.LinkedHashMap<>();
            for (String tabla : tablas) {
                java.util.List<String> filas = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = sentencia.executeQuery("select t::text from " + tabla + " t order by 1")) {
                    while (rs.next()) {
                        filas.add(rs.getString(1));
                    }
                }
                volcado.put(tabla, filas);
            }
            return volcado;
        } finally {
            conexion.rollback();
            conexion.setAutoCommit(autocommit);
        }
    }

    /** A live stream's pages as they arrive (server-sent events); dispose of the subscription when done. */
    protected record EnVivo(java.util.List<org.springframework.http.codec.ServerSentEvent<Map<String, Object>>> recibidos,
                            reactor.core.Disposable suscripcion) {

        /** The first page that meets {@code condicion}, within 10 s. */
        public Map<String, Object> pagina(java.util.function.Predicate<Map<String, Object>> condicion) {
            return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> recibidos
                    .stream().map(org.springframework.http.codec.ServerSentEvent::data)
                    .filter(d -> d != null && condicion.test(d)).findFirst().orElse(null), d -> d != null);
        }
    }

    /** Opens a live route of the API ({@code Accept: text/event-stream}) with a token and collects its pages. */
    protected EnVivo enVivo(String ruta, String token) {
        java.util.List<org.springframework.http.codec.ServerSentEvent<Map<String, Object>>> recibidos =
                new java.util.concurrent.CopyOnWriteArrayList<>();
        var suscripcion = web.get().uri(ruta).accept(MediaType.TEXT_EVENT_STREAM)
                .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<
                        org.springframework.http.codec.ServerSentEvent<Map<String, Object>>>() {
                }).getResponseBody().subscribe(recibidos::add);
        return new EnVivo(recibidos, suscripcion);
    }

    protected long eventosAlmacenados() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static Path carpetaTemporal() {
        try {
            return Files.createTempDirectory("pnt-prueba-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
