package mx.pnt.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12, backup and restore of the embedded default: an online backup taken over HTTP while clients keep
 * presenting solicitudes, restored with {@code --pnt.respaldo.restaurar} into an empty folder by a second platform.
 * The copy starts in one go, holds every folio acknowledged before the backup and only events the original has,
 * serves the documents, and its read models equal a full replay of its own store into empty tables.
 */
class RespaldoYRestauracionTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF respaldo").getBytes(StandardCharsets.US_ASCII);
    /** Every stored event as its whole row. */
    private static final String EVENTOS = "select t::text from domain_event_entry t";

    /** Kept when the test fails: both platforms' logs (plataforma-N.log), data folders and the backup. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path carpeta;

    @Test
    void unRespaldoEnCalienteBajoCargaSeRestauraEnOtraCarpetaYSusModelosSonLosDeUnaReconstruccion() throws Exception {
        PlataformaEnOtroProceso original = new PlataformaEnOtroProceso(carpeta.resolve("original"));
        original.arrancar();
        String admin = original.token("admin", "admin-demo");
        String unidad = original.token("ut-salud", "ut-demo");
        String documento = original.subirDocumento(unidad, PDF).get("sha256").asText();

        CargaDePresentaciones carga = new CargaDePresentaciones(original, 3);
        carga.esperarAcuses(30);
        Set<String> acusadasAntes = new HashSet<>(carga.folios);
        Path respaldo = carpeta.resolve("respaldo.zip");
        // Only the administration takes a backup.
        assertThat(original.postADisco("/api/admin/respaldos", unidad, carpeta.resolve("negado"))).isEqualTo(403);
        assertThat(original.postADisco("/api/admin/respaldos", admin, respaldo)).isEqualTo(200);
        int alTerminar = carga.folios.size();
        carga.esperarAcuses(alTerminar + 10);
        carga.detener();
        assertThat(carga.errores).isEmpty();
        List<String> eventosOriginales = original.columna(EVENTOS);
        original.apagar(Duration.ofMinutes(2));

        Properties manifiesto = new Properties();
        try (ZipFile zip = new ZipFile(respaldo.toFile())) {
            manifiesto.load(zip.getInputStream(zip.getEntry("respaldo.properties")));
            assertThat(zip.getEntry("postgres/backup_label")).isNotNull();
            assertThat(zip.getEntry("postgres/postmaster.pid")).as("runtime files stay out").isNull();
        }
        assertThat(manifiesto.getProperty("documentos")).isEqualTo("1 archivos");

        PlataformaEnOtroProceso restaurada = new PlataformaEnOtroProceso(carpeta.resolve("restaurada"));
        restaurada.arrancar("--pnt.respaldo.restaurar=" + respaldo);

        List<String> eventosRestaurados = restaurada.columna(EVENTOS);
        assertThat(eventosOriginales).as("the copy holds only events the original has, as they were")
                .containsAll(eventosRestaurados);
        List<String> presentadas = restaurada.columna("select aggregate_identifier from domain_event_entry "
                + "where payload_type = 'mx.pnt.events.solicitud.SolicitudPresentada'");
        assertThat(presentadas).doesNotHaveDuplicates().containsAll(acusadasAntes);

        String adminRestaurada = restaurada.token("admin", "admin-demo");
        restaurada.esperarProyeccionesAlDia(adminRestaurada);
        for (String folio : acusadasAntes) {
            assertThat(restaurada.get("/api/seguimiento/" + folio, null).statusCode()).as(folio).isEqualTo(200);
        }
        HttpResponse<byte[]> descarga = restaurada.descargarDocumento(restaurada.token("ut-salud", "ut-demo"),
                documento);
        assertThat(descarga.statusCode()).isEqualTo(200);
        assertThat(descarga.body()).isEqualTo(PDF);

        // The read models as restored (copied tables, then caught up) equal a replay of the copy's store.
        Map<String, List<String>> restaurado = restaurada.volcado();
        restaurada.reconstruirProyecciones(adminRestaurada);
        PlataformaEnOtroProceso.compararVolcados(restaurado, restaurada.volcado());

        // Started again with the option still on its command line, it keeps what it has since done.
        List<String> antesDeReiniciar = restaurada.columna(EVENTOS);
        restaurada.apagar(Duration.ofMinutes(2));
        restaurada.arrancar("--pnt.respaldo.restaurar=" + respaldo);
        assertThat(restaurada.columna(EVENTOS)).containsAll(antesDeReiniciar);
        restaurada.apagar(Duration.ofMinutes(2));
    }
}
