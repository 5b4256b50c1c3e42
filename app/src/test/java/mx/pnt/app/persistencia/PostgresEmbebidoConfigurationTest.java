package mx.pnt.app.persistencia;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A fixed port ({@code pnt.postgres-embebido.puerto}) is where outside tools find the embedded PostgreSQL. */
class PostgresEmbebidoConfigurationTest {

    @TempDir
    Path datos;

    @Test
    void escuchaEnElPuertoConfigurado() throws Exception {
        int puerto = puertoLibre();
        try (EmbeddedPostgres postgres = new PostgresEmbebidoConfiguration().postgresEmbebido(datos, puerto,
                java.time.Duration.ofSeconds(30), "", "disco", datos.resolveSibling("documentos"));
             Connection conexion = DriverManager.getConnection(
                     "jdbc:postgresql://localhost:" + puerto + "/postgres", "postgres", "");
             ResultSet resultado = conexion.createStatement().executeQuery("select 1")) {
            assertThat(postgres.getPort()).isEqualTo(puerto);
            assertThat(resultado.next()).isTrue();
        }
    }

    private static int puertoLibre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
