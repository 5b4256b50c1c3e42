package mx.pnt.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #12, crash and restart: the platform in a JVM of its own is killed with SIGKILL while several clients
 * present solicitudes, and started again on the same folder. It must come up at the first attempt (the orphaned
 * PostgreSQL is stopped, not fought), keep every acknowledged folio once, and its read models must equal a full
 * replay into empty tables. Then SIGTERM under load: in-flight commands finish, the processors let go of their
 * tokens, and nothing of the platform is left running.
 */
class CaidaYReinicioTest {

    private static final int CLIENTES = 4;
    /** The folio of every presentation the event store holds. */
    private static final String PRESENTADAS = "select aggregate_identifier from domain_event_entry "
            + "where payload_type = 'mx.pnt.events.solicitud.SolicitudPresentada'";

    /** Kept when the test fails: the platform's logs (plataforma-N.log) and its data folder tell why. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path carpeta;

    @Test
    void trasSigkillArrancaAlPrimerIntentoSinPerderNiDuplicarNadaYSigtermTerminaLimpio() throws Exception {
        PlataformaEnOtroProceso plataforma = new PlataformaEnOtroProceso(carpeta);
        plataforma.arrancar();

        CargaDePresentaciones caida = new CargaDePresentaciones(plataforma, CLIENTES);
        caida.esperarAcuses(40);
        long postmaster = plataforma.postmaster().orElseThrow();
        plataforma.matar();
        caida.detener();
        // What the issue saw: PostgreSQL outlives the JVM and still holds the folder.
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        plataforma.arrancar();
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();

        List<String> presentadas = plataforma.columna(PRESENTADAS);
        assertThat(presentadas).doesNotHaveDuplicates().containsAll(caida.folios);
        assertThat(caida.errores).isEmpty();

        String admin = plataforma.token("admin", "admin-demo");
        plataforma.esperarProyeccionesAlDia(admin);
        for (String folio : caida.folios) {
            assertThat(plataforma.get("/api/seguimiento/" + folio, null).statusCode()).as(folio).isEqualTo(200);
        }

        // No event applied twice or lost by a read model: its tables equal a full replay into empty ones.
        Map<String, List<String>> antes = plataforma.volcado();
        plataforma.reconstruirProyecciones(admin);
        PlataformaEnOtroProceso.compararVolcados(antes, plataforma.volcado());

        // SIGTERM while clients are presenting: what was acknowledged is kept, nothing answers 5xx, nothing stays up.
        CargaDePresentaciones apagado = new CargaDePresentaciones(plataforma, CLIENTES);
        apagado.esperarAcuses(10);
        long postmasterFinal = plataforma.postmaster().orElseThrow();
        List<ProcessHandle> procesos = new ArrayList<>(List.of(plataforma.jvm()));
        ProcessHandle.of(postmasterFinal).ifPresent(pg -> {
            procesos.add(pg);
            pg.descendants().forEach(procesos::add);
        });
        plataforma.apagar(Duration.ofMinutes(2));
        apagado.detener();
        // pg_ctl reports "stopped" once the postmaster removed its pid file, a moment before the process exits.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(procesos).noneMatch(ProcessHandle::isAlive));
        assertThat(plataforma.datosDePostgres().resolve("postmaster.pid")).doesNotExist();
        assertThat(apagado.errores).isEmpty();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(plataforma.datosDePostgres())
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection conexion = postgres.getPostgresDatabase().getConnection()) {
            List<String> almacenadas = PlataformaEnOtroProceso.columna(conexion, PRESENTADAS);
            assertThat(almacenadas).doesNotHaveDuplicates().containsAll(apagado.folios).containsAll(caida.folios);
            assertThat(PlataformaEnOtroProceso.columna(conexion,
                    "select count(*) from token_entry where owner is not null"))
                    .as("tokens still claimed after a graceful stop").containsExactly("0");
        }
    }

}
