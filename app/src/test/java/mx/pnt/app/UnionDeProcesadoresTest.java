package mx.pnt.app;

import mx.pnt.app.axon.AxonConfiguration;
import mx.pnt.app.axon.ProcesadorDeLectura;
import mx.pnt.app.axon.UnionDeProcesadores;
import mx.pnt.app.operacion.ReconstruccionDeProyecciones;
import mx.pnt.projections.tablero.TableroProjector;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store written when each read model had a processor of its own: its tokens become the shared processor's, and no
 * read model applies an event twice or misses one. The tables then equal a rebuild's.
 */
class UnionDeProcesadoresTest extends PlataformaEnPruebas {

    @Autowired
    private UnionDeProcesadores union;
    @Autowired
    private ReconstruccionDeProyecciones reconstruccion;
    @Autowired
    private EventProcessingConfiguration procesamiento;
    @Autowired
    private org.axonframework.config.Configuration axon;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private EventStore almacen;
    @Autowired
    private TransactionManager transacciones;
    @Autowired
    private TableroProjector tablero;

    @Test
    void losTokensDeUnProcesadorPorModeloSeUnenSinAplicarDosVecesNiPerderUnEvento() throws Exception {
        String admin = tokenDe("admin-union", "ADMIN", null, null);
        presentarSolicitud("so-salud", "Antes de unir los procesadores");
        // A rebuild first: tables built live in this JVM may lack events an earlier test appended under a clock that
        // jumped (see ReconstruccionDeProyeccionesHttpTest), and the comparison below needs them exact.
        reconstruirTodo(admin);
        List<String> grupos = reconstruccion.grupos();
        // What earlier tests of this JVM parked stays parked; only what this one parks counts.
        List<String> aparcados = aparcados(grupos);
        StreamingEventProcessor compartido = procesador();
        compartido.shutDown();
        String folio;
        try {
            // Each read model's former processor stood where the shared one stopped...
            for (String grupo : grupos) {
                jdbc.update("insert into token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                        + "select ?, segment, token, token_type, timestamp, null from token_entry "
                        + "where processor_name = ?", grupo, ProcesadorDeLectura.NOMBRE);
            }
            jdbc.update("delete from token_entry where processor_name = ?", ProcesadorDeLectura.NOMBRE);
            jdbc.update("delete from grupo_de_procesador");
            folio = (String) presentarSolicitud("so-salud", "Entre los tokens de los procesadores").get("folio");
            long indice = jdbc.queryForObject("select global_index from domain_event_entry "
                    + "where aggregate_identifier = ? and sequence_number = 0", Long.class, folio);
            // ...but the tablero's went on and applied the presentation (its count of pendientes is not idempotent).
            correrComoAntes(TableroProjector.GRUPO, tablero, indice);

            union.unir();

            assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Long.class,
                    ProcesadorDeLectura.NOMBRE)).isEqualTo(AxonConfiguration.SEGMENTOS_INICIALES);
            assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name = any (?)",
                    Long.class, (Object) grupos.toArray(String[]::new))).as("los tokens de antes").isZero();
            assertThat(jdbc.queryForList("select distinct grupo from frontera_de_grupo order by 1", String.class))
                    .containsExactlyElementsOf(grupos);
            assertThat(union.pendientes()).isEmpty();
        } finally {
            compartido.start();
        }
        esperarProyeccionesAlDia();
        assertThat(aparcados(grupos)).as("nada aplicado dos veces").isEqualTo(aparcados);
        web.get().uri("/api/seguimiento/{folio}", folio).exchange().expectStatus().isOk();
        List<String> tablas = reconstruccion.tablas().values().stream().flatMap(List::stream).toList();
        Map<String, List<String>> unidos = volcado(tablas);

        // Once the shared processor has passed every frontier, the next start forgets them.
        union.unir();
        assertThat(jdbc.queryForObject("select count(*) from frontera_de_grupo", Long.class)).isZero();

        reconstruirTodo(admin);
        Map<String, List<String>> reconstruidos = volcado(tablas);
        for (String tabla : tablas) {
            assertThat(unidos.get(tabla)).as(tabla).isEqualTo(reconstruidos.get(tabla));
        }
    }

    @Test
    void unModeloDeLecturaQueLosTokensNoCubrenReconstruyeSuProcesador() {
        esperarProyeccionesAlDia();
        long tabla = jdbc.queryForObject("select 'public.catalogo_entrada'::regclass::oid::bigint", Long.class);
        jdbc.update("delete from grupo_de_procesador where grupo = 'catalogo'");
        assertThat(union.pendientes()).containsExactly("catalogo");

        reconstruccion.reconstruirLosNuevos();

        esperarProyeccionesAlDia();
        assertThat(reconstruccion.estado("catalogo").reconstruccion().etapa())
                .isEqualTo(mx.pnt.app.operacion.ReconstruccionEnSombra.Etapa.TERMINADA);
        assertThat(jdbc.queryForObject("select 'public.catalogo_entrada'::regclass::oid::bigint", Long.class))
                .isNotEqualTo(tabla);
        assertThat(union.pendientes()).isEmpty();
    }

    /** The events parked in the read models' queues, each with its group and cause. */
    private List<String> aparcados(List<String> grupos) {
        return jdbc.queryForList("select processing_group || ' ' || payload_type || ' ' || coalesce(cause_type, '')"
                        + " || ' ' || coalesce(cause_message, '') from dead_letter_entry where processing_group = any (?)"
                        + " order by 1", String.class, (Object) grupos.toArray(String[]::new));
    }

    private StreamingEventProcessor procesador() {
        return procesamiento.eventProcessor(ProcesadorDeLectura.NOMBRE, StreamingEventProcessor.class).orElseThrow();
    }

    /** A processor of the read model's own, as before they were shared, run from its stored tokens to the index. */
    private void correrComoAntes(String grupo, Object proyector, long hasta) {
        ScheduledExecutorService coordinador = Executors.newScheduledThreadPool(1);
        ScheduledExecutorService trabajadores = Executors.newScheduledThreadPool(2);
        PooledStreamingEventProcessor anterior = PooledStreamingEventProcessor.builder()
                .name(grupo)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(proyector)
                        .parameterResolverFactory(axon.parameterResolverFactory())
                        .handlerDefinition(axon.handlerDefinition(proyector.getClass())).build())
                .messageSource(almacen)
                .tokenStore(tokens)
                .transactionManager(transacciones)
                .coordinatorExecutor(coordinador)
                .workerExecutor(trabajadores)
                .initialSegmentCount(AxonConfiguration.SEGMENTOS_INICIALES)
                .build();
        try {
            anterior.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Map<Integer, EventTrackerStatus> estado = anterior.processingStatus();
                return estado.size() == AxonConfiguration.SEGMENTOS_INICIALES && estado.values().stream()
                        .allMatch(s -> s.getCurrentPosition().orElse(-1L) >= hasta);
            });
        } finally {
            anterior.shutDown();
            coordinador.shutdownNow();
            trabajadores.shutdownNow();
        }
    }

    private void reconstruirTodo(String admin) {
        esperarProyeccionesAlDia();
        web.post().uri("/api/admin/proyecciones/reconstruccion").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isAccepted();
        await().atMost(Duration.ofMinutes(2)).until(() -> reconstruccion.grupos().stream()
                .noneMatch(grupo -> reconstruccion.estado(grupo).reconstruyendo()));
        esperarProyeccionesAlDia();
    }
}
