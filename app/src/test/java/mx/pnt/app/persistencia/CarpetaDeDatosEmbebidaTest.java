package mx.pnt.app.persistencia;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #12: the embedded PostgreSQL's folder starts in one go after a crash, and is never replaced. */
class CarpetaDeDatosEmbebidaTest {

    @TempDir
    Path raiz;

    private static EmbeddedPostgres.Builder configuracion() {
        return EmbeddedPostgres.builder().setCleanDataDirectory(false).setRegisterShutdownHook(false);
    }

    @Test
    void unaInicializacionInterrumpidaSeDescartaYLaCarpetaSeCreaCompleta() throws Exception {
        Path datos = raiz.resolve("postgres");
        // What initdb killed halfway leaves: some files, no usable cluster.
        Path interrumpida = raiz.resolve("postgres.inicializando");
        Files.createDirectories(interrumpida.resolve("base"));
        Files.writeString(interrumpida.resolve("PG_VERSION"), "18\n");

        new CarpetaDeDatosEmbebida(datos, Duration.ofSeconds(30)).preparar(configuracion());

        assertThat(interrumpida).doesNotExist();
        assertThat(CarpetaDeDatosEmbebida.inicializada(datos)).isTrue();
        assertThat(datos.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgres postgres = configuracion().setDataDirectory(datos).start();
             Connection conexion = postgres.getPostgresDatabase().getConnection();
             ResultSet uno = conexion.createStatement().executeQuery("select 1")) {
            assertThat(uno.next()).isTrue();
        }
    }

    @Test
    void unaCarpetaVaciaQueYaExisteSeInicializa() throws Exception {
        Path datos = Files.createDirectories(raiz.resolve("postgres"));

        new CarpetaDeDatosEmbebida(datos, Duration.ofSeconds(30)).preparar(configuracion());

        assertThat(CarpetaDeDatosEmbebida.inicializada(datos)).isTrue();
    }

    @Test
    void unaCarpetaConContenidoQueNoEsUnClusterNoSeToca() throws Exception {
        Path datos = Files.createDirectories(raiz.resolve("postgres"));
        Files.writeString(datos.resolve("notas.txt"), "no es de PostgreSQL");

        assertThatThrownBy(() -> new CarpetaDeDatosEmbebida(datos, Duration.ofSeconds(30)).preparar(configuracion()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no contiene un clúster de PostgreSQL completo");
        assertThat(datos.resolve("notas.txt")).hasContent("no es de PostgreSQL");
        assertThat(raiz.resolve("postgres.inicializando")).doesNotExist();
    }

    @Test
    void unPostmasterHuerfanoSeDetieneLimpiamenteYLaCarpetaArrancaConSusDatos() throws Exception {
        Path datos = raiz.resolve("postgres");
        CarpetaDeDatosEmbebida carpeta = new CarpetaDeDatosEmbebida(datos, Duration.ofSeconds(30));
        carpeta.preparar(configuracion());
        Path pgCtl;
        try (EmbeddedPostgres postgres = configuracion().setDataDirectory(datos).start();
             Connection conexion = postgres.getPostgresDatabase().getConnection()) {
            conexion.createStatement().execute("create table registro (dato text); insert into registro values ('acuse')");
            pgCtl = Path.of(carpeta.postmasterVivo().orElseThrow().info().command().orElseThrow())
                    .resolveSibling("pg_ctl");
        }
        // A postmaster nobody holds the folder's lock for: what a JVM killed with SIGKILL leaves running.
        Process arranque = new ProcessBuilder(pgCtl.toString(), "-D", datos.toString(), "-o", "-p " + puertoLibre(),
                "-w", "start").redirectErrorStream(true).redirectOutput(raiz.resolve("pg_ctl.log").toFile()).start();
        assertThat(arranque.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ProcessHandle huerfano = carpeta.postmasterVivo().orElseThrow();
        assertThat(huerfano.isAlive()).isTrue();

        carpeta.preparar(configuracion());

        assertThat(huerfano.isAlive()).isFalse();
        assertThat(datos.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgres postgres = configuracion().setDataDirectory(datos).start();
             Connection conexion = postgres.getPostgresDatabase().getConnection();
             ResultSet filas = conexion.createStatement().executeQuery("select dato from registro")) {
            assertThat(filas.next()).isTrue();
            assertThat(filas.getString(1)).isEqualTo("acuse");
        }
    }

    @Test
    void unPostmasterCuyaPlataformaSigueVivaNoSeDetiene() throws Exception {
        Path datos = raiz.resolve("postgres");
        CarpetaDeDatosEmbebida carpeta = new CarpetaDeDatosEmbebida(datos, Duration.ofSeconds(30));
        carpeta.preparar(configuracion());
        try (EmbeddedPostgres enUso = configuracion().setDataDirectory(datos).start()) {
            ProcessHandle postmaster = carpeta.postmasterVivo().orElseThrow();

            assertThatThrownBy(() -> carpeta.preparar(configuracion()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Otra instancia de la plataforma ya usa la carpeta de datos");
            assertThat(postmaster.isAlive()).isTrue();
            try (Connection conexion = enUso.getPostgresDatabase().getConnection()) {
                assertThat(conexion.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void unPidReutilizadoPorOtroProcesoNoEsElPostmaster() throws Exception {
        Path datos = raiz.resolve("postgres");
        CarpetaDeDatosEmbebida carpeta = new CarpetaDeDatosEmbebida(datos, Duration.ofSeconds(30));
        carpeta.preparar(configuracion());
        // This JVM's own pid, and the start time the OS gives it: alive, but not a postgres binary.
        ProcessHandle estaJvm = ProcessHandle.current();
        Instant arranque = estaJvm.info().startInstant().orElseThrow();
        Files.write(datos.resolve("postmaster.pid"), List.of(String.valueOf(estaJvm.pid()), datos.toString(),
                String.valueOf(arranque.getEpochSecond()), "5432"));

        assertThat(carpeta.postmasterVivo()).isEmpty();
        carpeta.preparar(configuracion());
        assertThat(estaJvm.isAlive()).isTrue();
    }

    @Test
    void esElPostmasterExigeElBinarioPostgresYLaMismaHoraDeArranque() {
        Instant arranque = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info("/opt/pg/bin/postgres", arranque), arranque)).isTrue();
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info("/opt/pg/bin/postgres", arranque.plusSeconds(5)),
                arranque)).isTrue();
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info("/opt/pg/bin/postgres", arranque.minusSeconds(5)),
                arranque)).isTrue();
        // The process id was reused by a postgres started later (another cluster), or by another program.
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info("/opt/pg/bin/postgres", arranque.plusSeconds(6)),
                arranque)).isFalse();
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info("/usr/bin/java", arranque), arranque)).isFalse();
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info("/opt/pg/bin/postgres-wrapper", arranque), arranque))
                .isFalse();
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info(null, arranque), arranque)).isFalse();
        assertThat(CarpetaDeDatosEmbebida.esElPostmaster(info("/opt/pg/bin/postgres", null), arranque)).isFalse();
    }

    private static ProcessHandle.Info info(String comando, Instant arranque) {
        return new ProcessHandle.Info() {
            @Override
            public Optional<String> command() {
                return Optional.ofNullable(comando);
            }

            @Override
            public Optional<String> commandLine() {
                return Optional.empty();
            }

            @Override
            public Optional<String[]> arguments() {
                return Optional.empty();
            }

            @Override
            public Optional<Instant> startInstant() {
                return Optional.ofNullable(arranque);
            }

            @Override
            public Optional<Duration> totalCpuDuration() {
                return Optional.empty();
            }

            @Override
            public Optional<String> user() {
                return Optional.empty();
            }
        };
    }

    private static int puertoLibre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
