package mx.pnt.app;

import mx.pnt.app.axon.ColaDeFallidosConfiguration;
import mx.pnt.command.lookup.LookupsDeMando;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static mx.pnt.app.ProyeccionQueFalla.GRUPO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models' dead-letter queues through HTTP: a projector that cannot apply an event parks it and goes on,
 * the aggregate's later events wait behind it, and an administrator lists, retries and discards parked events.
 * The failing projector is the tests' own ({@link ProyeccionQueFalla}); the real read models keep working.
 */
class ColaDeFallidosHttpTest extends PlataformaEnPruebas {

    private static final String COLA = "/api/admin/eventos-fallidos";

    @Autowired
    private ProyeccionQueFalla.Proyeccion proyeccion;
    @Autowired
    private EventProcessingConfiguration procesamiento;
    @Autowired
    private ListableBeanFactory contexto;

    private String admin;
    private String ciudadana;

    @BeforeEach
    void preparar() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        admin = token("admin", "admin-demo");
        ciudadana = token("ciudadana", "ciudadana-demo");
    }

    private String presentar(String descripcion) {
        Map<?, ?> acuse = web.post().uri("/api/solicitudes")
                .headers(h -> h.setBearerAuth(ciudadana))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sujetoObligadoId", "so-sep", "descripcion", descripcion,
                        "modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) acuse.get("folio");
    }

    private Map<?, ?> cola(String grupo) {
        return web.get().uri(COLA + "?grupo={grupo}", grupo).headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> parkeados(String grupo) {
        return (List<Map<String, Object>>) cola(grupo).get("eventos");
    }

    private List<Map<String, Object>> esperarParkeados(String secuencia, int cuantos) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> parkeados(GRUPO).stream().filter(e -> secuencia.equals(e.get("secuencia"))).toList(),
                        eventos -> eventos.size() == cuantos);
    }

    private WebTestClient.ResponseSpec reintentar(String uri, Object... variables) {
        return web.post().uri(uri, variables).headers(h -> h.setBearerAuth(admin)).exchange();
    }

    private WebTestClient.ResponseSpec descartar(String id, Object cuerpo) {
        var peticion = web.method(HttpMethod.DELETE).uri(COLA + "/{grupo}/{id}", GRUPO, id)
                .headers(h -> h.setBearerAuth(admin));
        return (cuerpo == null ? peticion : peticion.contentType(MediaType.APPLICATION_JSON).bodyValue(cuerpo))
                .exchange();
    }

    @Test
    @SuppressWarnings("unchecked")
    void elEventoQueFallaEsperaEnLaColaSinDetenerAlProcesadorYSeAplicaAlReintentarloEnOrden() {
        String descripcion = "Prueba de la cola de fallidos " + UUID.randomUUID();
        proyeccion.fallarCon(descripcion);

        String primero = presentar(descripcion);
        esperarParkeados(descripcion, 1);
        // Same sequence: parked behind the first without being tried.
        String segundo = presentar(descripcion);
        // Another sequence: applied, the processor is not stuck.
        String otro = presentar("Otra solicitud " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> proyeccion.foliosAplicados().contains(otro));

        List<Map<String, Object>> parkeados = esperarParkeados(descripcion, 2);
        Map<String, Object> fallido = parkeados.get(0);
        assertThat(fallido).containsEntry("grupo", GRUPO)
                .containsEntry("agregadoId", primero)
                .containsEntry("numeroDeSecuencia", 0)
                .containsEntry("posicion", 0)
                .containsEntry("tipoDeEvento", "mx.pnt.events.solicitud.SolicitudPresentada")
                .containsEntry("reintentos", 0);
        assertThat((String) fallido.get("encoladoEn")).isNotBlank();
        assertThat((Map<Object, Object>) fallido.get("causa")).containsEntry("tipo", "java.lang.IllegalStateException")
                .containsEntry("mensaje", "Falla provocada por la prueba en el folio " + primero);
        Map<String, Object> enEspera = parkeados.get(1);
        assertThat(enEspera).containsEntry("agregadoId", segundo).containsEntry("posicion", 1)
                .containsEntry("causa", null);
        assertThat(proyeccion.foliosAplicados()).doesNotContain(primero, segundo);

        // Stored in Axon's table as the event store stores it: the platform's JSON, not another format.
        Map<String, Object> fila = jdbc.queryForMap("select payload, diagnostics from dead_letter_entry "
                + "where processing_group = ? and aggregate_identifier = ?", GRUPO, primero);
        assertThat(new String((byte[]) fila.get("payload"), StandardCharsets.UTF_8))
                .startsWith("{").contains("\"descripcion\":\"" + descripcion + "\"");
        assertThat(new String((byte[]) fila.get("diagnostics"), StandardCharsets.UTF_8)).contains("\"reintentos\":0");

        // The real read models are not affected by this one's failure.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                web.get().uri("/api/seguimiento/{folio}", segundo).exchange().expectStatus().isOk());

        // Retried while the cause persists: both stay, the failure counted, nothing applied.
        reintentar(COLA + "/{grupo}/secuencias/{secuencia}/reintento", GRUPO, descripcion)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.secuenciasReintentadas").isEqualTo(1)
                .jsonPath("$.secuenciasResueltas").isEqualTo(0)
                .jsonPath("$.eventosAplicados").isEqualTo(0)
                .jsonPath("$.eventosEnCola").isEqualTo(2);
        parkeados = esperarParkeados(descripcion, 2);
        assertThat(parkeados.get(0)).containsEntry("agregadoId", primero).containsEntry("reintentos", 1);
        assertThat((Map<Object, Object>) parkeados.get(0).get("causa")).containsEntry("tipo", "java.lang.IllegalStateException");
        assertThat(proyeccion.foliosAplicados()).doesNotContain(primero, segundo);

        // Cause fixed: retrying the group applies the sequence in its order and empties the queue.
        proyeccion.dejarDeFallarCon(descripcion);
        reintentar(COLA + "/{grupo}/reintento", GRUPO)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.grupo").isEqualTo(GRUPO)
                .jsonPath("$.secuenciasReintentadas").isEqualTo(1)
                .jsonPath("$.secuenciasResueltas").isEqualTo(1)
                .jsonPath("$.eventosAplicados").isEqualTo(2)
                .jsonPath("$.eventosEnCola").isEqualTo(0);
        List<String> aplicados = proyeccion.foliosAplicados();
        assertThat(aplicados).contains(primero, segundo);
        assertThat(aplicados.indexOf(primero)).isLessThan(aplicados.indexOf(segundo));
        assertThat(parkeados(GRUPO)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?",
                Long.class, GRUPO)).isZero();
    }

    @Test
    void descartarExigeUnMotivoYQuitaElEventoParaSiempre() {
        String descripcion = "Prueba de descarte " + UUID.randomUUID();
        proyeccion.fallarCon(descripcion);
        String folio = presentar(descripcion);
        String id = (String) esperarParkeados(descripcion, 1).get(0).get("id");

        descartar(id, null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("motivo-requerido");
        descartar(id, Map.of("motivo", "   ")).expectStatus().isBadRequest();
        esperarParkeados(descripcion, 1);

        descartar(id, Map.of("motivo", "Evento de prueba; no debe llegar al modelo de lectura"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.evento.agregadoId").isEqualTo(folio)
                .jsonPath("$.motivo").isEqualTo("Evento de prueba; no debe llegar al modelo de lectura")
                .jsonPath("$.descartadoPor").isEqualTo("admin");
        assertThat(parkeados(GRUPO)).noneMatch(e -> descripcion.equals(e.get("secuencia")));

        descartar(id, Map.of("motivo", "Otra vez")).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("evento-fallido-desconocido");

        // Nothing is left to retry: the discarded event is never applied.
        proyeccion.dejarDeFallarCon(descripcion);
        reintentar(COLA + "/{grupo}/reintento", GRUPO).expectStatus().isOk().expectBody()
                .jsonPath("$.secuenciasReintentadas").isEqualTo(0);
        assertThat(proyeccion.foliosAplicados()).doesNotContain(folio);
    }

    @Test
    void cadaModeloDeLecturaTieneSuColaYLosLookupsDelLadoDeMandoNo() {
        Map<?, ?> todo = web.get().uri(COLA).headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<String> grupos = ((List<?>) todo.get("grupos")).stream()
                .map(g -> (String) ((Map<?, ?>) g).get("grupo")).toList();
        assertThat(grupos).contains("calendario", "plazos", "seguimiento", GRUPO)
                .doesNotContain(LookupsDeMando.GRUPO);
    }

    /**
     * Every group with a queue remembers which aggregates it parked, so an event of any other aggregate does not ask
     * PostgreSQL (seven statements per recomputation without it, docs/performance.md). The first test above shows
     * that a parked aggregate's later events still wait behind it with the cache on.
     */
    @Test
    void cadaColaRecuerdaLasSecuenciasParkeadasSinPreguntarPorLasDemas() throws ReflectiveOperationException {
        Set<String> grupos = ColaDeFallidosConfiguration.gruposConColaDeFallidos(contexto);
        assertThat(grupos).contains("plazos", "tablero", "seguimiento", "bandeja", "estadisticas", GRUPO)
                .doesNotContain(LookupsDeMando.GRUPO);
        Field cache = DeadLetteringEventHandlerInvoker.class.getDeclaredField("sequenceIdentifierCacheEnabled");
        cache.setAccessible(true);
        for (String grupo : grupos) {
            Object invocador = procesamiento.sequencedDeadLetterProcessor(grupo).orElseThrow();
            assertThat(cache.getBoolean(invocador)).as(grupo).isTrue();
        }
    }

    @Test
    void soloElAdministradorOperaLaColaYLoDesconocidoEsUn404() {
        web.get().uri(COLA).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri(COLA).headers(h -> h.setBearerAuth(token("analista", "analista-demo")))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Sin permiso");
        web.post().uri(COLA + "/{grupo}/reintento", GRUPO)
                .headers(h -> h.setBearerAuth(token("garante", "garante-demo")))
                .exchange().expectStatus().isForbidden();

        web.get().uri(COLA + "?grupo=no-existe").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.codigo").isEqualTo("grupo-desconocido")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("no-existe", "seguimiento"));
        reintentar(COLA + "/{grupo}/reintento", "no-existe").expectStatus().isNotFound();
        reintentar(COLA + "/{grupo}/secuencias/{secuencia}/reintento", GRUPO, "ninguna")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.codigo").isEqualTo("secuencia-no-encolada");
        descartar("no-existe", Map.of("motivo", "Prueba")).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        web.get().uri(COLA + "?limite=0").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.codigo").isEqualTo("limite-fuera-de-rango");
        web.get().uri(COLA + "?limite=muchos").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
