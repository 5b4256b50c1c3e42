package mx.pnt.app;

import mx.pnt.PlataformaApplication;
import mx.pnt.command.documento.AlmacenMalConfiguradoException;
import mx.pnt.command.documento.AlmacenS3;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform with its documents in an S3-compatible bucket (a real S3 server in-process, S3Proxy), through
 * the real API: upload, download, an object altered in the bucket refused with 409, and a start that stops with a
 * Spanish report when the S3 settings are wrong. Its own context (own PostgreSQL and data folder), started here.
 */
@ExtendWith(OutputCaptureExtension.class)
class DocumentosEnS3HttpTest {

    private static final String BUCKET = "pnt-documentos";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path datos;

    private static ServidorS3EnProceso servidor;
    private static ConfigurableApplicationContext plataforma;
    private static WebTestClient web;

    @BeforeAll
    static void arrancar() throws Exception {
        servidor = new ServidorS3EnProceso();
        plataforma = new SpringApplicationBuilder(PlataformaApplication.class).run(
                "--server.port=0",
                "--pnt.postgres-embebido.datos=" + datos.resolve("postgres"),
                "--pnt.seguridad.llave=" + datos.resolve("llave-jwt.bin"),
                "--pnt.documentos.carpeta=" + datos.resolve("documentos"),
                "--pnt.vencimientos.activa=false",
                "--pnt.documentos.almacen=s3",
                "--pnt.documentos.s3.endpoint=" + servidor.endpoint(),
                "--pnt.documentos.s3.bucket=" + BUCKET,
                "--pnt.documentos.s3.usuario=" + ServidorS3EnProceso.USUARIO,
                "--pnt.documentos.s3.clave=" + ServidorS3EnProceso.CLAVE);
        int puerto = ((WebServerApplicationContext) plataforma).getWebServer().getPort();
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + puerto)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterAll
    static void detener() throws Exception {
        if (plataforma != null) {
            plataforma.close();
        }
        servidor.close();
    }

    private static String token() {
        Map<?, ?> sesion = web.post().uri("/api/sesiones").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("usuario", "ut-salud", "contrasena", "ut-demo"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (String) sesion.get("token");
    }

    private static WebTestClient.ResponseSpec subir(String token, String nombre, byte[] contenido) {
        return SubidaDeDocumentos.subir(web, token, nombre, contenido);
    }

    private static String sha256(byte[] contenido) {
        return SubidaDeDocumentos.sha256(contenido);
    }

    private static byte[] objeto(String huella) throws IOException {
        Blob blob = servidor.blobStore().getBlob(BUCKET, AlmacenS3.clave(huella));
        assertThat(blob).as("objeto %s en el bucket", huella).isNotNull();
        try (InputStream entrada = blob.getPayload().openStream()) {
            return entrada.readAllBytes();
        }
    }

    /** Files left in the store's temporary folder: uploads and reading copies are deleted once used. */
    private static long temporalesQueQuedan() throws IOException {
        Path tmp = datos.resolve("documentos").resolve("tmp");
        if (!Files.exists(tmp)) {
            return 0;
        }
        try (Stream<Path> archivos = Files.list(tmp)) {
            return archivos.count();
        }
    }

    @Test
    void seSubeAlBucketYSeDescargaLoMismo() throws Exception {
        String token = token();
        String huella = sha256(PDF);
        subir(token, "respuesta.docx", PDF).expectStatus().isCreated().expectBody()
                .jsonPath("$.sha256").isEqualTo(huella)
                .jsonPath("$.tipoDeContenido").isEqualTo("application/pdf")
                .jsonPath("$.tamano").isEqualTo(PDF.length);
        assertThat(objeto(huella)).isEqualTo(PDF);
        // Nothing of it on the local disk but the folder of temporary files.
        try (Stream<Path> locales = Files.list(datos.resolve("documentos"))) {
            assertThat(locales.map(p -> p.getFileName().toString())).containsExactly("tmp");
        }
        // The same bytes again: the same answer, still one object.
        subir(token, "otra-vez.pdf", PDF).expectStatus().isCreated().expectBody()
                .jsonPath("$.sha256").isEqualTo(huella);

        byte[] descargado = web.get().uri("/api/documentos/{sha}", huella).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().contentLength(PDF.length)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(descargado).isEqualTo(PDF);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(temporalesQueQuedan()).isZero());

        web.get().uri("/api/documentos/{sha}", "0".repeat(64)).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void unObjetoAlteradoEnElBucketSeReportaYNoSeEntrega() throws Exception {
        String token = token();
        byte[] original = (new String(PDF, StandardCharsets.US_ASCII) + "% alterable en S3\n")
                .getBytes(StandardCharsets.US_ASCII);
        String huella = sha256(original);
        subir(token, "acuse.pdf", original).expectStatus().isCreated();
        BlobStore blobs = servidor.blobStore();
        blobs.putBlob(BUCKET, blobs.blobBuilder(AlmacenS3.clave(huella)).payload(PDF).build());

        web.get().uri("/api/documentos/{sha}", huella).headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.codigo").isEqualTo("documento-alterado")
                .jsonPath("$.detail").value(detalle -> assertThat((String) detalle).contains(huella));
        assertThat(temporalesQueQuedan()).isZero();
    }

    @Test
    void unaConfiguracionS3IncompletaDetieneElArranqueConUnInformeEnEspanol(CapturedOutput salida,
                                                                           @TempDir Path otrosDatos) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PlataformaApplication.class).run(
                "--server.port=0",
                "--pnt.postgres-embebido.datos=" + otrosDatos.resolve("postgres"),
                "--pnt.seguridad.llave=" + otrosDatos.resolve("llave-jwt.bin"),
                "--pnt.documentos.carpeta=" + otrosDatos.resolve("documentos"),
                "--pnt.vencimientos.activa=false",
                "--pnt.documentos.almacen=s3",
                "--pnt.documentos.s3.endpoint=" + servidor.endpoint()))
                .hasRootCauseInstanceOf(AlmacenMalConfiguradoException.class);
        assertThat(salida.getOut() + salida.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("El almacén de documentos no puede iniciar: con pnt.documentos.almacen=s3 hace falta el "
                        + "nombre del bucket en pnt.documentos.s3.bucket.")
                .contains("Revise las propiedades pnt.documentos.*");
    }
}
