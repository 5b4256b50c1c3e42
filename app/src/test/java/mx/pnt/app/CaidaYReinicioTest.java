package mx.pnt.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

        Carga caida = new Carga(plataforma);
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
        esperarProyeccionesAlDia(plataforma, admin);
        for (String folio : caida.folios) {
            assertThat(plataforma.get("/api/seguimiento/" + folio, null).statusCode()).as(folio).isEqualTo(200);
        }

        // No event applied twice or lost by a read model: its tables equal a full replay into empty ones.
        Map<String, List<String>> antes = plataforma.volcado();
        HttpResponse<String> reconstruccion = plataforma.post("/api/admin/proyecciones/reconstruccion", admin, "");
        assertThat(reconstruccion.statusCode()).as(reconstruccion.body()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode estados = estados(plataforma, admin);
            for (JsonNode estado : estados) {
                assertThat(estado.path("reconstruccion").path("etapa").asText()).as(estado.toString())
                        .isEqualTo("TERMINADA");
                assertThat(estado.path("alDia").asBoolean()).as(estado.toString()).isTrue();
            }
        });
        assertThat(plataforma.volcado()).isEqualTo(antes);

        // SIGTERM while clients are presenting: what was acknowledged is kept, nothing answers 5xx, nothing stays up.
        Carga apagado = new Carga(plataforma);
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

    private static JsonNode estados(PlataformaEnOtroProceso plataforma, String admin) throws Exception {
        HttpResponse<String> respuesta = plataforma.get("/api/admin/proyecciones", admin);
        assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(200);
        return PlataformaEnOtroProceso.json(respuesta.body());
    }

    private static void esperarProyeccionesAlDia(PlataformaEnOtroProceso plataforma, String admin) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (JsonNode estado : estados(plataforma, admin)) {
                assertThat(estado.path("alDia").asBoolean()).as(estado.toString()).isTrue();
            }
        });
    }

    /**
     * Clients presenting solicitudes one after another until stopped. A presentation acknowledged with 201 is a
     * folio the platform owes; a refused connection is the platform being down; any other answer is an error.
     */
    private static final class Carga {

        final Set<String> folios = ConcurrentHashMap.newKeySet();
        final List<String> errores = new CopyOnWriteArrayList<>();
        /** Refused with 503 while the platform stops: nothing recorded, nothing acknowledged. */
        final AtomicInteger rechazadasAlDetenerse = new AtomicInteger();
        private final AtomicBoolean activa = new AtomicBoolean(true);
        private final List<Thread> clientes = new ArrayList<>();

        Carga(PlataformaEnOtroProceso plataforma) throws IOException, InterruptedException {
            String token = plataforma.token("ciudadana", "ciudadana-demo");
            for (int i = 0; i < CLIENTES; i++) {
                int cliente = i;
                Thread hilo = new Thread(() -> presentar(plataforma, token, cliente), "cliente-" + i);
                hilo.setDaemon(true);
                clientes.add(hilo);
                hilo.start();
            }
        }

        private void presentar(PlataformaEnOtroProceso plataforma, String token, int cliente) {
            int n = 0;
            while (activa.get()) {
                String cuerpo = "{\"sujetoObligadoId\":\"so-sep\",\"descripcion\":\"Matrícula escolar, cliente "
                        + cliente + ", petición " + n++ + "\",\"modalidadDeEntrega\":\"ELECTRONICA\"}";
                try {
                    HttpResponse<String> respuesta = plataforma.post("/api/solicitudes", token, cuerpo);
                    if (respuesta.statusCode() == 201) {
                        folios.add(PlataformaEnOtroProceso.json(respuesta.body()).get("folio").asText());
                    } else if (respuesta.statusCode() == 503) {
                        rechazadasAlDetenerse.incrementAndGet();
                    } else {
                        errores.add(respuesta.statusCode() + " " + respuesta.body());
                    }
                } catch (IOException caida) {
                    // The platform is gone (killed or stopping): no answer, no acknowledgement.
                    pausa();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static void pausa() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void esperarAcuses(int cuantos) {
            await().atMost(Duration.ofMinutes(2)).until(() -> folios.size() >= cuantos || !errores.isEmpty());
            assertThat(errores).isEmpty();
        }

        void detener() throws InterruptedException {
            activa.set(false);
            for (Thread hilo : clientes) {
                hilo.join(Duration.ofMinutes(2).toMillis());
            }
        }
    }
}
