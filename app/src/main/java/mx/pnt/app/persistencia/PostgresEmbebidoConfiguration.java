package mx.pnt.app.persistencia;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import mx.pnt.app.instancias.InstanciaDeLaPlataforma;
import mx.pnt.app.respaldo.RespaldoEnCaliente;
import mx.pnt.app.respaldo.RestauracionDeRespaldo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded default: a real PostgreSQL started in-process, its data kept in a local folder so a restart keeps
 * every event. Used only when no {@code spring.datasource.url} is configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PostgresEmbebidoConfiguration.SinBaseDeDatosExterna.class)
public class PostgresEmbebidoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEmbebidoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres postgresEmbebido(@Value("${pnt.postgres-embebido.datos:./data/postgres}") Path datos,
                                      @Value("${pnt.postgres-embebido.puerto:0}") int puerto,
                                      @Value("${pnt.postgres-embebido.espera-de-paro:PT60S}") Duration esperaDeParo,
                                      @Value("${pnt.respaldo.restaurar:}") String respaldo,
                                      @Value("${pnt.documentos.almacen:disco}") String almacen,
                                      @Value("${pnt.documentos.carpeta:./data/documentos}") Path documentos)
            throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("PostgreSQL no se ejecuta como root: inicie la plataforma con un usuario "
                    + "sin privilegios o configure SPRING_DATASOURCE_URL hacia un PostgreSQL externo.");
        }
        Files.createDirectories(datos.toAbsolutePath().getParent());
        LOG.info("PostgreSQL embebido con datos en {}", datos.toAbsolutePath());
        if (!respaldo.isBlank()) {
            new RestauracionDeRespaldo(Path.of(respaldo), datos,
                    RespaldoEnCaliente.carpetaDeDocumentos(almacen, documentos)).restaurar();
        }
        new CarpetaDeDatosEmbebida(datos, esperaDeParo).preparar(configuracion(puerto));
        EmbeddedPostgres postgres = configuracion(puerto).setDataDirectory(datos).start();
        LOG.info("PostgreSQL embebido en {}", postgres.getJdbcUrl("postgres", "postgres"));
        return postgres;
    }

    private static EmbeddedPostgres.Builder configuracion(int puerto) {
        // 0 lets zonky pick a free port; a fixed one lets outside tools (the load benchmark's baseline) connect.
        return EmbeddedPostgres.builder()
                .setCleanDataDirectory(false)
                .setPort(puerto)
                // Spring stops PostgreSQL when it closes the context, after the processors and the connection
                // pool; the library's own shutdown hook would stop it at the same time as in-flight commands.
                .setRegisterShutdownHook(false)
                // A start after a crash first replays PostgreSQL's write-ahead log, which may take longer than
                // the library's 10 s.
                .setPGStartupWait(Duration.ofMinutes(2))
                .setServerConfig("timezone", "UTC")
                // A legal record: an acknowledged event must survive a crash of the machine, not only of the JVM.
                // The library's defaults (meant for throwaway test databases) turn both off.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("pnt-embebido");
        config.setMaximumPoolSize(10);
        // Hibernate's batches of inserts as one multi-row statement (spring.jpa's jdbc.batch_size).
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Started here, so named here: the other instances on this database count this one by it.
        config.addDataSourceProperty(InstanciaDeLaPlataforma.PROPIEDAD_DEL_CONTROLADOR,
                InstanciaDeLaPlataforma.nombre());
        return new HikariDataSource(config);
    }

    static class SinBaseDeDatosExterna implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
