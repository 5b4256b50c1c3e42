package mx.pnt.command.documento;

import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The S3-compatible backend against a real S3 server in-process (S3Proxy): the bucket made at start, objects keyed
 * by their hash and written once, an absent object, and an object altered in the bucket caught by the store's
 * check. Bad configuration stops the start with a Spanish message.
 */
class AlmacenS3Test {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private static ServidorS3EnProceso servidor;

    @TempDir
    Path carpeta;

    @BeforeAll
    static void arrancar() throws Exception {
        servidor = new ServidorS3EnProceso();
    }

    @AfterAll
    static void detener() throws Exception {
        servidor.close();
    }

    private static String bucketNuevo() {
        return "pnt-" + UUID.randomUUID();
    }

    private static String sha256(byte[] contenido) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
    }

    private Path temporal(byte[] contenido) throws IOException {
        Files.createDirectories(carpeta.resolve("subidas"));
        return Files.write(Files.createTempFile(carpeta.resolve("subidas"), "subida-", ".bin"), contenido);
    }

    private static byte[] leerObjeto(String bucket, String clave) throws IOException {
        try (InputStream entrada = servidor.blobStore().getBlob(bucket, clave).getPayload().openStream()) {
            return entrada.readAllBytes();
        }
    }

    private static void alterar(String bucket, String clave, byte[] contenido) {
        BlobStore blobs = servidor.blobStore();
        blobs.putBlob(bucket, blobs.blobBuilder(clave).payload(contenido).build());
    }

    private static List<String> objetos(String bucket) {
        return servidor.blobStore().list(bucket, ListContainerOptions.Builder.recursive()).stream()
                .map(StorageMetadata::getName).toList();
    }

    private List<Path> copiasQueQuedan() throws IOException {
        Path tmp = carpeta.resolve("tmp");
        if (!Files.exists(tmp)) {
            return List.of();
        }
        try (Stream<Path> archivos = Files.list(tmp)) {
            return archivos.toList();
        }
    }

    @Test
    void creaElBucketQueNoExisteYUsaElQueYaExiste() {
        String bucket = bucketNuevo();
        assertThat(servidor.blobStore().containerExists(bucket)).isFalse();
        try (AlmacenS3 almacen = AlmacenS3.conectar(servidor.configuracion(bucket), carpeta.resolve("tmp"))) {
            assertThat(almacen).isNotNull();
        }
        assertThat(servidor.blobStore().containerExists(bucket)).isTrue();
        try (AlmacenS3 otraVez = AlmacenS3.conectar(servidor.configuracion(bucket), carpeta.resolve("tmp"))) {
            assertThat(servidor.blobStore().containerExists(bucket)).isTrue();
        }
    }

    @Test
    void guardaBajoLaHuellaYDevuelveLosMismosBytes() throws Exception {
        String bucket = bucketNuevo();
        String huella = sha256(PDF);
        try (AlmacenS3 almacen = AlmacenS3.conectar(servidor.configuracion(bucket), carpeta.resolve("tmp"))) {
            assertThat(almacen.existe(huella)).isFalse();
            almacen.guardar(huella, temporal(PDF));

            assertThat(almacen.existe(huella)).isTrue();
            assertThat(objetos(bucket)).containsExactly(
                    "documentos/" + huella.substring(0, 2) + "/" + huella.substring(2, 4) + "/" + huella);
            assertThat(leerObjeto(bucket, AlmacenS3.clave(huella))).isEqualTo(PDF);

            ContenidoDeDocumentos.ArchivoLocal copia = almacen.abrir(huella).orElseThrow();
            assertThat(copia.temporal()).isTrue();
            assertThat(copia.ruta().getParent()).isEqualTo(carpeta.resolve("tmp"));
            assertThat(Files.readAllBytes(copia.ruta())).isEqualTo(PDF);
        }
    }

    @Test
    void laMismaHuellaDosVecesEsUnSoloObjetoEscritoUnaVez() throws Exception {
        String bucket = bucketNuevo();
        String huella = sha256(PDF);
        try (AlmacenS3 almacen = AlmacenS3.conectar(servidor.configuracion(bucket), carpeta.resolve("tmp"))) {
            almacen.guardar(huella, temporal(PDF));
            almacen.guardar(huella, temporal(PDF));
            assertThat(objetos(bucket)).hasSize(1);
            assertThat(leerObjeto(bucket, AlmacenS3.clave(huella))).isEqualTo(PDF);

            // Written only when absent: a later upload of the same name leaves the object as it is (an altered
            // one is reported when read, as on disk).
            byte[] otro = "otro contenido".getBytes(StandardCharsets.US_ASCII);
            alterar(bucket, AlmacenS3.clave(huella), otro);
            almacen.guardar(huella, temporal(PDF));
            assertThat(leerObjeto(bucket, AlmacenS3.clave(huella))).isEqualTo(otro);
        }
    }

    @Test
    void unObjetoAusenteNoExisteNiSeAbreYNoDejaCopias() throws Exception {
        String bucket = bucketNuevo();
        try (AlmacenS3 almacen = AlmacenS3.conectar(servidor.configuracion(bucket), carpeta.resolve("tmp"))) {
            String huella = "0".repeat(64);
            assertThat(almacen.existe(huella)).isFalse();
            assertThat(almacen.abrir(huella)).isEmpty();
            assertThat(copiasQueQuedan()).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void unObjetoAlteradoEnElBucketSeReportaYNoSeEntrega() throws Exception {
        String bucket = bucketNuevo();
        String huella = sha256(PDF);
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.query(anyString(), any(RowMapper.class), eq(huella)))
                .thenReturn(List.of(new DocumentoAlmacenado(huella, "application/pdf", PDF.length)));
        try (AlmacenS3 s3 = AlmacenS3.conectar(servidor.configuracion(bucket), carpeta.resolve("tmp"))) {
            AlmacenDeDocumentos almacen = new AlmacenDeDocumentos(carpeta, 1024 * 1024, s3, jdbc, Clock.systemUTC());
            Path subida = almacen.temporal();
            Files.write(subida, PDF);
            assertThat(almacen.guardar(subida)).isEqualTo(new DocumentoAlmacenado(huella, "application/pdf",
                    PDF.length));
            assertThat(subida).doesNotExist();

            Optional<AlmacenDeDocumentos.Lectura> lectura = almacen.leer(huella);
            assertThat(lectura).isPresent();
            assertThat(lectura.get().copia()).isTrue();
            assertThat(Files.readAllBytes(lectura.get().archivo())).isEqualTo(PDF);
            Files.delete(lectura.get().archivo());

            alterar(bucket, AlmacenS3.clave(huella), "%PDF-1.4 alterado".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> almacen.leer(huella))
                    .isInstanceOf(DocumentoAlteradoException.class)
                    .hasMessageContaining(huella).hasMessageContaining("no se entrega");
            assertThat(copiasQueQuedan()).isEmpty();
        }
    }

    @Test
    void credencialesRechazadasDetienenElArranqueConUnMensajeClaro() {
        ConfiguracionS3 ajena = new ConfiguracionS3(servidor.endpoint(), bucketNuevo(), "us-east-1",
                ServidorS3EnProceso.USUARIO, "otra-clave", true);
        assertThatThrownBy(() -> AlmacenS3.conectar(ajena, carpeta.resolve("tmp")))
                .isInstanceOf(AlmacenMalConfiguradoException.class)
                .hasMessageContaining("rechazó las credenciales");
    }

    @Test
    void unServidorInalcanzableDetieneElArranqueConUnMensajeClaro() throws IOException {
        int puertoCerrado;
        try (ServerSocket libre = new ServerSocket(0)) {
            puertoCerrado = libre.getLocalPort();
        }
        ConfiguracionS3 inalcanzable = new ConfiguracionS3("http://127.0.0.1:" + puertoCerrado, "pnt-documentos",
                "us-east-1", ServidorS3EnProceso.USUARIO, ServidorS3EnProceso.CLAVE, true);
        assertThatThrownBy(() -> AlmacenS3.conectar(inalcanzable, carpeta.resolve("tmp")))
                .isInstanceOf(AlmacenMalConfiguradoException.class)
                .hasMessageContaining("no fue posible conectar con el bucket pnt-documentos en http://127.0.0.1:"
                        + puertoCerrado);
    }

    @Test
    void laConfiguracionIncompletaOInvalidaSeExplica() {
        assertThatThrownBy(() -> new ConfiguracionS3("http://localhost:9000", " ", null, "", "", true))
                .isInstanceOf(AlmacenMalConfiguradoException.class).hasMessageContaining("pnt.documentos.s3.bucket");
        assertThatThrownBy(() -> new ConfiguracionS3("http://localhost:9000", "Documentos_PNT", null, "", "", true))
                .hasMessageContaining("no es un nombre de bucket válido");
        assertThatThrownBy(() -> new ConfiguracionS3("localhost:9000", "pnt", null, "", "", true))
                .hasMessageContaining("debe empezar con http:// o https://");
        assertThatThrownBy(() -> new ConfiguracionS3("http://localhost:9000/pnt", "pnt", null, "", "", true))
                .hasMessageContaining("no lleva ruta");
        assertThatThrownBy(() -> new ConfiguracionS3("http://localhost:9000", "pnt", null, "llave", "", true))
                .hasMessageContaining("van juntos");
        ConfiguracionS3 completa = new ConfiguracionS3("http://localhost:9000", "pnt", " ", "llave", "secreto", true);
        assertThat(completa.region()).isEqualTo("us-east-1");
        assertThat(completa.toString()).doesNotContain("secreto");

        ConfiguracionDelAlmacen configuracion = new ConfiguracionDelAlmacen();
        assertThatThrownBy(() -> configuracion.contenidoDeDocumentos("minio", carpeta, "", "", "", "", "", "true"))
                .isInstanceOf(AlmacenMalConfiguradoException.class)
                .hasMessageContaining("los valores posibles son disco");
        assertThatThrownBy(() -> configuracion.contenidoDeDocumentos("s3", carpeta, servidor.endpoint(), "pnt", "",
                "", "", "si")).hasMessageContaining("pnt.documentos.s3.ruta-de-estilo");
        assertThat(configuracion.contenidoDeDocumentos(" Disco ", carpeta, "", "", "", "", "", "true"))
                .isInstanceOf(AlmacenEnDisco.class);
    }

    @Test
    void elArranqueFallidoSeInformaSinTrazaYEnEspanol() {
        AlmacenMalConfiguradoException causa = new AlmacenMalConfiguradoException("falta el bucket.");
        FailureAnalysis analisis = new AnalizadorDeAlmacenMalConfigurado()
                .analyze(new BeanCreationException("contenidoDeDocumentos", "Error creating bean", causa));
        assertThat(analisis.getDescription()).isEqualTo("El almacén de documentos no puede iniciar: falta el bucket.");
        assertThat(analisis.getAction()).contains("pnt.documentos.");
    }
}
