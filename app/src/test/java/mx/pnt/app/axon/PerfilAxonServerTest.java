package mx.pnt.app.axon;

import mx.pnt.PlataformaApplication;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12: the {@code axonserver} profile cannot run here (no Axon Server on this machine), so this boots the
 * application context with it, the connector pointed at a closed port, and checks the wiring: commands, queries
 * and events go through the connector (no event store of the platform's own in PostgreSQL), while read models,
 * processor tokens and accounts stay in PostgreSQL. A change that breaks the profile fails here, not in a
 * deployment.
 */
@SpringBootTest(classes = {PlataformaApplication.class, PerfilAxonServerTest.SinServidorAlArrancar.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("axonserver")
@DirtiesContext
class PerfilAxonServerTest {

    private static final Path DATOS = carpetaTemporal();

    @DynamicPropertySource
    static void propiedades(DynamicPropertyRegistry registro) {
        // Nothing listens on port 1: the connector is configured, never connected.
        registro.add("axon.axonserver.servers", () -> "localhost:1");
        registro.add("pnt.postgres-embebido.datos", () -> DATOS.resolve("postgres").toString());
        registro.add("pnt.seguridad.llave", () -> DATOS.resolve("llave-jwt.bin").toString());
        registro.add("pnt.documentos.carpeta", () -> DATOS.resolve("documentos").toString());
        // Both would send commands at start, which without a server wait for it.
        registro.add("pnt.demo.habilitada", () -> "false");
        registro.add("pnt.vencimientos.activa", () -> "false");
    }

    @Autowired
    private ApplicationContext contexto;

    /**
     * The only start step that needs the server: a new pooled processor asks the event store for its tail token
     * (30 tries, then the start fails). Here every processor starts from the first event without asking, as the
     * tail token would say; nothing else of the wiring changes.
     */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class SinServidorAlArrancar {
        @org.springframework.context.annotation.Bean
        org.axonframework.config.ConfigurerModule procesadoresSinServidor() {
            return new org.axonframework.config.ConfigurerModule() {
                @Override
                public void configureModule(org.axonframework.config.Configurer configurer) {
                    configurer.eventProcessing().usingPooledStreamingEventProcessors((config, builder) -> builder
                            .batchSize(AxonConfiguration.EVENTOS_POR_LOTE)
                            .initialSegmentCount(AxonConfiguration.SEGMENTOS_INICIALES)
                            .initialToken(fuente -> null));
                }

                @Override
                public int order() {
                    return Integer.MAX_VALUE; // after the platform's own, which it repeats
                }
            };
        }
    }

    @Test
    void comandosConsultasYEventosVanPorElConectorYLosModelosDeLecturaSiguenEnPostgresql() throws SQLException {
        assertThat(contexto.getBean(AxonServerConnectionManager.class)).isNotNull();
        assertThat(contexto.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(contexto.getBeansOfType(EventStorageEngine.class).values())
                .as("no event storage engine of the platform's own (JPA/JDBC on PostgreSQL)")
                .noneMatch(motor -> motor.getClass().getName().contains("Jpa")
                        || motor.getClass().getName().contains("Jdbc"));
        assertThat(contexto.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(contexto.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);

        assertThat(contexto.getBean(TokenStore.class).getClass().getSimpleName()).isIn("JpaTokenStore",
                "JdbcTokenStore");
        try (Connection conexion = contexto.getBean(DataSource.class).getConnection()) {
            assertThat(conexion.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        JdbcTemplate jdbc = contexto.getBean(JdbcTemplate.class);
        // The schema of read models, lookups and accounts is migrated on PostgreSQL all the same.
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name in "
                + "('seguimiento_folio', 'usuario', 'token_entry', 'mando_calendario')", Long.class))
                .isEqualTo(4L);
    }

    private static Path carpetaTemporal() {
        try {
            return Files.createTempDirectory("pnt-axonserver-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
