package mx.pnt.app.respaldo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #12, backup and restore: what a restore does with the folders before PostgreSQL starts. (That a restored
 * copy starts and replays to identical read models is RespaldoYRestauracionTest, with a real PostgreSQL.)
 */
class RestauracionDeRespaldoTest {

    private static final String MANIFIESTO = "etiqueta=pnt-2026-11-23T10:00:00Z-abcd1234\n";

    @TempDir
    Path carpeta;

    private Path datos() {
        return carpeta.resolve("postgres");
    }

    private Path documentos() {
        return carpeta.resolve("documentos");
    }

    private Path respaldo(Map<String, String> entradas) throws IOException {
        Path zip = carpeta.resolve("respaldo.zip");
        try (ZipOutputStream salida = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var entrada : entradas.entrySet()) {
                salida.putNextEntry(new ZipEntry(entrada.getKey()));
                if (entrada.getValue() != null) {
                    salida.write(entrada.getValue().getBytes(StandardCharsets.UTF_8));
                }
                salida.closeEntry();
            }
        }
        return zip;
    }

    private static Map<String, String> completo() {
        Map<String, String> entradas = new LinkedHashMap<>();
        entradas.put("postgres/base/", null);
        entradas.put("postgres/base/1/1259", "página");
        entradas.put("postgres/PG_VERSION", "18\n");
        entradas.put("postgres/backup_label", "START WAL LOCATION: 0/2000028 (file 000000010000000000000002)\n");
        entradas.put("documentos/ab/abcdef", "un documento");
        entradas.put(RespaldoEnCaliente.MANIFIESTO, MANIFIESTO);
        return entradas;
    }

    private void restaurar(Path zip) throws IOException {
        new RestauracionDeRespaldo(zip, datos(), documentos()).restaurar();
    }

    @Test
    void desempacaEnUnaCarpetaNuevaSoloParaSuUsuarioConLosDocumentosYLaMarcaDeOrigen() throws IOException {
        restaurar(respaldo(completo()));

        assertThat(datos().resolve("PG_VERSION")).hasContent("18");
        assertThat(datos().resolve("base/1/1259")).hasContent("página");
        assertThat(datos().resolve("backup_label")).content().contains("START WAL LOCATION");
        assertThat(documentos().resolve("ab/abcdef")).hasContent("un documento");
        assertThat(datos().resolve(RestauracionDeRespaldo.MARCA)).content().contains("pnt-2026-11-23T10");
        // PostgreSQL refuses a data folder others can read.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(datos()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(datos().resolve("base"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(datos().resolve("PG_VERSION"))))
                .isEqualTo("rw-------");
        assertThat(carpeta.resolve("postgres.restaurando")).doesNotExist();
    }

    @Test
    void unArranqueSobreLaMismaRestauracionNoLaRepiteYLaDeOtroRespaldoSeRechaza() throws IOException {
        Path zip = respaldo(completo());
        restaurar(zip);
        // What PostgreSQL did after the restore is kept: the option may stay in the command line.
        Files.writeString(datos().resolve("PG_VERSION"), "18 ya en marcha");
        restaurar(zip);
        assertThat(datos().resolve("PG_VERSION")).hasContent("18 ya en marcha");

        Map<String, String> otro = completo();
        otro.put(RespaldoEnCaliente.MANIFIESTO, "etiqueta=pnt-otro\n");
        Path otroZip = respaldo(otro);
        assertThatThrownBy(() -> restaurar(otroZip)).hasMessageContaining("no está vacía")
                .hasMessageContaining("nunca escribe sobre datos");
        assertThat(datos().resolve("PG_VERSION")).hasContent("18 ya en marcha");
    }

    @Test
    void nuncaEscribeSobreUnaCarpetaDeDatosConContenido() throws IOException {
        Files.createDirectories(datos());
        Files.writeString(datos().resolve("PG_VERSION"), "18");
        Path zip = respaldo(completo());

        assertThatThrownBy(() -> restaurar(zip)).hasMessageContaining("no está vacía");
        assertThat(datos().resolve("PG_VERSION")).hasContent("18");
        assertThat(datos().resolve("base")).doesNotExist();
        assertThat(documentos()).doesNotExist();
    }

    @Test
    void unaCarpetaVaciaOUnaRestauracionInterrumpidaNoEstorban() throws IOException {
        Files.createDirectories(datos());
        Files.createDirectories(carpeta.resolve("postgres.restaurando/base"));
        Files.writeString(carpeta.resolve("postgres.restaurando/base/resto"), "de un intento anterior");

        restaurar(respaldo(completo()));

        assertThat(datos().resolve("PG_VERSION")).hasContent("18");
        assertThat(datos().resolve("base/resto")).doesNotExist();
    }

    @Test
    void sinManifiestoNoEsUnRespaldoCompletoYNoSeRestauraNada() throws IOException {
        Map<String, String> entradas = completo();
        entradas.remove(RespaldoEnCaliente.MANIFIESTO);
        Path zip = respaldo(entradas);

        assertThatThrownBy(() -> restaurar(zip)).hasMessageContaining("no es un respaldo completo");
        assertThat(datos()).doesNotExist();
    }

    @Test
    void unZipCortadoSeRechazaSinDejarNada() throws IOException {
        Path zip = respaldo(completo());
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length - 40));

        assertThatThrownBy(() -> restaurar(zip)).hasMessageContaining("dañado o incompleto");
        assertThat(datos()).doesNotExist();
    }

    @Test
    void unByteAlteradoSeDetectaPorSuCrcYNoSeRestauraNada() throws IOException {
        Path zip = carpeta.resolve("alterado.zip");
        byte[] contenido = "página sana".getBytes(StandardCharsets.UTF_8);
        try (OutputStream archivo = Files.newOutputStream(zip); ZipOutputStream salida = new ZipOutputStream(archivo)) {
            ZipEntry pagina = new ZipEntry("postgres/base/1/1259");
            // Stored, not deflated, so the altered byte is the file's own.
            pagina.setMethod(ZipEntry.STORED);
            pagina.setSize(contenido.length);
            CRC32 crc = new CRC32();
            crc.update(contenido);
            pagina.setCrc(crc.getValue());
            salida.putNextEntry(pagina);
            salida.write(contenido);
            salida.closeEntry();
            salida.putNextEntry(new ZipEntry(RespaldoEnCaliente.MANIFIESTO));
            salida.write(MANIFIESTO.getBytes(StandardCharsets.UTF_8));
            salida.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        int posicion = indice(bytes, "sana".getBytes(StandardCharsets.UTF_8));
        bytes[posicion] = 'z';
        Files.write(zip, bytes);

        assertThatThrownBy(() -> restaurar(zip)).hasMessageContaining("dañado o incompleto")
                .hasMessageContaining("CRC");
        assertThat(datos()).doesNotExist();
        assertThat(carpeta.resolve("postgres.restaurando")).doesNotExist();
    }

    @Test
    void unaEntradaQueSaldriaDeSuCarpetaSeRechaza() throws IOException {
        Map<String, String> entradas = new LinkedHashMap<>();
        entradas.put("postgres/../../fuera", "x");
        entradas.put(RespaldoEnCaliente.MANIFIESTO, MANIFIESTO);
        Path zip = respaldo(entradas);

        assertThatThrownBy(() -> restaurar(zip)).hasMessageContaining("fuera de su carpeta");
        assertThat(carpeta.getParent().resolve("fuera")).doesNotExist();
        assertThat(datos()).doesNotExist();
    }

    @Test
    void entradasAjenasYDocumentosHaciaS3SeRechazan() throws IOException {
        Map<String, String> ajena = completo();
        ajena.put("otra/cosa", "x");
        Path zip = respaldo(ajena);
        assertThatThrownBy(() -> restaurar(zip)).hasMessageContaining("Entrada ajena");
        assertThat(datos()).doesNotExist();

        Path conDocumentos = respaldo(completo());
        assertThatThrownBy(() -> new RestauracionDeRespaldo(conDocumentos, datos(), null).restaurar())
                .hasMessageContaining("S3");
        assertThat(datos()).doesNotExist();
    }

    @Test
    void unRespaldoQueNoExisteSeNombra() {
        assertThatThrownBy(() -> restaurar(carpeta.resolve("no-existe.zip"))).hasMessageContaining("No existe el "
                + "respaldo").hasMessageContaining("no-existe.zip");
    }

    private static int indice(byte[] bytes, byte[] buscado) {
        for (int i = 0; i <= bytes.length - buscado.length; i++) {
            if (Arrays.equals(bytes, i, i + buscado.length, buscado, 0, buscado.length)) {
                return i;
            }
        }
        throw new AssertionError("no encontrado");
    }
}
