package mx.pnt.carga;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load benchmark (docs/performance.md), one run:
 * <ol>
 *     <li>before: starts the platform's jar on a fresh data folder and measures the plain-JDBC baseline on its
 *     PostgreSQL, level by level;</li>
 *     <li>Gatling: a warm-up, then each level of concurrent clients presenting solicitudes back to back (closed
 *     model: exactly that many in flight), one level after the other;</li>
 *     <li>after: stops that platform, measures the recomputation of plazos on a second fresh one, and prints and
 *     writes the summary (target/carga/resumen.md).</li>
 * </ol>
 * Figures are counted here (acknowledged = HTTP 201, latency from send to full answer), so no report bundle is
 * needed; Gatling's simulation.log stays in target/gatling for its own tools.
 */
public class CargaSimulation extends Simulation {

    private static final String SUJETO_DEL_FLUJO = "so-salud";

    private final Parametros parametros = Parametros.delSistema();
    private final Plataforma plataforma = Plataforma.preparar(parametros, "presentaciones");
    private final ClienteApi.Sesion ciudadana = new ClienteApi(plataforma.base()).sesion("ciudadana",
            "ciudadana-demo");
    /** The demo's only Unidad de Transparencia account, of so-salud: the flows go there. */
    private final ClienteApi.Sesion unidad = new ClienteApi(plataforma.base()).sesion("ut-salud", "ut-demo");
    private final List<Contador> contadores = new ArrayList<>();
    private final List<Contador> contadoresDeFlujo = new ArrayList<>();
    private final AtomicLong presentadas = new AtomicLong();
    private List<ResultadoDeNivel> lineaBase = List.of();
    private Map<String, String> ajustesDePostgres = Map.of();
    private UsoDeCpu usoDeCpu;
    private String cargaMediaInicial;

    {
        // API clients keep a few connections open, unlike browsers: one shared pool for all virtual users.
        HttpProtocolBuilder protocolo = http.baseUrl(plataforma.base())
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                .shareConnections();
        List<PopulationBuilder> fases = new ArrayList<>();
        if (!parametros.calentamiento().isZero()) {
            fases.add(escenario("calentamiento", new Contador(8))
                    .injectClosed(constantConcurrentUsers(8).during(parametros.calentamiento())));
        }
        for (int clientes : parametros.niveles()) {
            Contador contador = new Contador(clientes);
            contadores.add(contador);
            fases.add(escenario("presentar-" + clientes + "-clientes", contador)
                    .injectClosed(constantConcurrentUsers(clientes).during(parametros.duracion())));
        }
        if (parametros.flujo()) {
            // The whole electronic flow, presentation to respuesta, after its own warm-up (its two later steps
            // run code the presentations never warmed).
            if (!parametros.calentamiento().isZero()) {
                fases.add(flujo("flujo-calentamiento", new Contador(8))
                        .injectClosed(constantConcurrentUsers(8).during(parametros.calentamiento())));
            }
            for (int clientes : parametros.niveles()) {
                Contador contador = new Contador(clientes);
                contadoresDeFlujo.add(contador);
                fases.add(flujo("flujo-" + clientes + "-clientes", contador)
                        .injectClosed(constantConcurrentUsers(clientes).during(parametros.duracion())));
            }
        }
        // Each phase starts when every virtual user of the previous one has finished.
        PopulationBuilder cadena = fases.get(fases.size() - 1);
        for (int i = fases.size() - 2; i >= 0; i--) {
            cadena = fases.get(i).andThen(cadena);
        }
        setUp(cadena).protocols(protocolo);
    }

    /** One virtual user presents one solicitud; the closed model starts another as soon as it is answered. */
    private ScenarioBuilder escenario(String nombre, Contador contador) {
        return scenario(nombre)
                .exec(session -> session.set("enviada", System.nanoTime()))
                .exec(http(nombre).post("/api/solicitudes")
                        .header("Authorization", session -> "Bearer " + ciudadana.token())
                        .body(StringBody(session -> siguienteSolicitud()))
                        // Checks stop at the first failure: status and problem code are saved before the 201 test.
                        .check(status().saveAs("estado"),
                                jsonPath("$.codigo").optional().saveAs("codigo"),
                                status().is(201)))
                .exec(session -> contar(contador, session));
    }

    /**
     * One virtual user takes one solicitud through the whole electronic flow, each step answered before the next:
     * the ciudadana presents it, the Unidad de Transparencia turns it to an area and answers it (SISAI, issue 7).
     * A flow counts once all three are acknowledged; a failed step ends it, counted by step and cause.
     */
    private ScenarioBuilder flujo(String nombre, Contador contador) {
        return scenario(nombre)
                .exec(session -> session.set("enviada", System.nanoTime()))
                .exitBlockOnFail().on(
                        exec(session -> session.set("paso", "presentar"))
                                .exec(http(nombre + "-presentar").post("/api/solicitudes")
                                        .header("Authorization", session -> "Bearer " + ciudadana.token())
                                        .body(StringBody(session -> ClienteApi.cuerpoDeSolicitud(SUJETO_DEL_FLUJO,
                                                "Contratos de limpieza de 2025 (flujo de carga "
                                                        + presentadas.getAndIncrement() + ")")))
                                        .check(status().saveAs("estado"), jsonPath("$.codigo").optional()
                                                .saveAs("codigo"), status().is(201), jsonPath("$.folio")
                                                .saveAs("folio")))
                                .exec(session -> session.set("paso", "turnar"))
                                .exec(actuacion(nombre + "-turnar", "turnos",
                                        "{\"unidadesAdministrativas\":[\"Dirección General de Recursos Materiales\"]}"))
                                .exec(session -> session.set("paso", "responder"))
                                .exec(actuacion(nombre + "-responder", "respuesta", "{\"tipo\":\"ENTREGA\","
                                        + "\"respuesta\":\"Se entregan los contratos en versión pública.\"}")))
                .exec(session -> contarFlujo(contador, session));
    }

    private io.gatling.javaapi.http.HttpRequestActionBuilder actuacion(String nombre, String ruta, String cuerpo) {
        return http(nombre).post(session -> "/api/solicitudes/" + session.getString("folio") + "/" + ruta)
                .header("Authorization", session -> "Bearer " + unidad.token())
                .body(StringBody(cuerpo))
                .check(status().saveAs("estado"), jsonPath("$.codigo").optional().saveAs("codigo"),
                        status().is(200));
    }

    private static Session contarFlujo(Contador contador, Session session) {
        long terminado = System.nanoTime();
        long enviada = session.getLong("enviada");
        if (!session.isFailed()) {
            contador.confirmada(enviada, terminado);
        } else {
            contador.fallida(session.getString("paso") + ": " + (session.contains("estado")
                    ? "HTTP " + session.getInt("estado") + (session.contains("codigo") ? " "
                    + session.getString("codigo") : "") : "sin respuesta"), enviada, terminado);
        }
        return session.remove("estado").remove("codigo").remove("folio").markAsSucceeded();
    }

    private String siguienteSolicitud() {
        long n = presentadas.getAndIncrement();
        List<String> sujetos = parametros.sujetos();
        return ClienteApi.cuerpoDeSolicitud(sujetos.get((int) (n % sujetos.size())),
                "Copia de los contratos y convenios modificatorios celebrados en 2025 (prueba de carga " + n + ")");
    }

    private static Session contar(Contador contador, Session session) {
        long respondida = System.nanoTime();
        long enviada = session.getLong("enviada");
        if (session.contains("estado") && session.getInt("estado") == 201) {
            contador.confirmada(enviada, respondida);
        } else {
            contador.fallida(session.contains("estado") ? "HTTP " + session.getInt("estado")
                    + (session.contains("codigo") ? " " + session.getString("codigo") : "")
                    : "sin respuesta", enviada, respondida);
        }
        return session.remove("estado").remove("codigo");
    }

    @Override
    public void before() {
        cargaMediaInicial = Maquina.cargaMedia();
        plataforma.arrancar();
        usoDeCpu = new UsoDeCpu(plataforma);
        ciudadana.token();
        unidad.token();
        try (AlmacenDeEventos almacen = new AlmacenDeEventos(plataforma.jdbcUrl());
             Vigia vigia = new Vigia(plataforma)) {
            ajustesDePostgres = almacen.ajustes();
            // The demo catalog's events and the JIT compilers after start-up must not run into the baseline.
            vigia.esperar(almacen, Duration.ofMinutes(2));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        lineaBase = new LineaBaseJdbc(plataforma.jdbcUrl())
                .medir(parametros.niveles(), parametros.duracion(), parametros.calentamiento());
        Registro.info("Presentaciones por HTTP: calentamiento de " + parametros.calentamiento().toSeconds()
                + " s, luego " + parametros.niveles() + " clientes, " + parametros.duracion().toSeconds()
                + " s cada nivel");
    }

    @Override
    public void after() {
        usoDeCpu.muestrear();
        List<ResultadoDeNivel> presentaciones = contadores.stream().map(c -> c.resultado().con(usoDeCpu)).toList();
        List<ResultadoDeNivel> flujos = contadoresDeFlujo.stream().map(c -> c.resultado().con(usoDeCpu)).toList();
        lineaBase = lineaBase.stream().map(r -> r.con(usoDeCpu)).toList();
        usoDeCpu.close();
        plataforma.close();
        Map<String, Map<String, Long>> comandosFallidos = new LinkedHashMap<>();
        comandosFallidos.put("presentations", Bitacora.comandosFallidos(plataforma.bitacora()));
        Optional<RecalculoDePlazos.Resultado> recalculo = Optional.empty();
        Optional<String> falloDelRecalculo = Optional.empty();
        Optional<LecturaBajoCarga.Resultado> lectura = Optional.empty();
        Optional<String> falloDeLectura = Optional.empty();
        if (parametros.recalculoSolicitudes() > 0) {
            // A platform of its own: the levels above must not add solicitudes to the calendar measured here.
            Plataforma otra = Plataforma.preparar(parametros, "recalculo");
            try (otra) {
                recalculo = Optional.of(new RecalculoDePlazos(parametros, otra.arrancar()).medir());
                if (parametros.lectura()) {
                    // The read side at the size the seeding left: its board and its folios.
                    try (UsoDeCpu uso = new UsoDeCpu(otra)) {
                        lectura = Optional.of(new LecturaBajoCarga(parametros, otra,
                                recalculo.get().siembra().folios()).medir(uso));
                    } catch (RuntimeException e) {
                        e.printStackTrace();
                        falloDeLectura = Optional.of(e.toString());
                    }
                }
            } catch (RuntimeException e) {
                e.printStackTrace();
                falloDelRecalculo = Optional.of(e.toString());
            }
            comandosFallidos.put("recomputation", Bitacora.comandosFallidos(otra.bitacora()));
        }
        new Resumen(parametros, ajustesDePostgres, plataforma.arranque(), presentaciones, flujos, lineaBase, recalculo,
                falloDelRecalculo, lectura, falloDeLectura, comandosFallidos, cargaMediaInicial + " at the start, " + Maquina.cargaMedia()
                + " at the end").escribir();
    }
}
