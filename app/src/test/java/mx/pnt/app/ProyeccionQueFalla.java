package mx.pnt.app;

import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A read model of the tests only, in a processing group of its own, that fails on demand: it refuses every
 * SolicitudPresentada whose description a test has marked. It gets its dead-letter queue like the real read models
 * (nothing here asks for one), and the real read models never see its failures.
 * <p>
 * Its sequences are descriptions rather than folios, so that a test can put two solicitudes (two aggregates) in
 * one sequence and watch the second one wait behind the first, as an aggregate's later events do.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProyeccionQueFalla {

    public static final String GRUPO = "prueba-fallidos";

    @Bean
    Proyeccion proyeccionQueFalla() {
        return new Proyeccion();
    }

    @Bean
    ConfigurerModule secuenciasPorDescripcion() {
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(GRUPO, configuracion -> evento ->
                evento.getPayload() instanceof SolicitudPresentada solicitud
                        ? solicitud.descripcion()
                        : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(evento));
    }

    @ProcessingGroup(GRUPO)
    public static class Proyeccion {

        private final Set<String> descripcionesQueFallan = ConcurrentHashMap.newKeySet();
        private final List<String> foliosAplicados = new CopyOnWriteArrayList<>();

        public void fallarCon(String descripcion) {
            descripcionesQueFallan.add(descripcion);
        }

        public void dejarDeFallarCon(String descripcion) {
            descripcionesQueFallan.remove(descripcion);
        }

        /** In the order they were applied. */
        public List<String> foliosAplicados() {
            return List.copyOf(foliosAplicados);
        }

        @EventHandler
        void on(SolicitudPresentada evento) {
            if (descripcionesQueFallan.contains(evento.descripcion())) {
                throw new IllegalStateException("Falla provocada por la prueba en el folio " + evento.folio());
            }
            foliosAplicados.add(evento.folio());
        }
    }
}
