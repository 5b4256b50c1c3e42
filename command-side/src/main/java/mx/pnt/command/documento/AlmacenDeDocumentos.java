package mx.pnt.command.documento;

import mx.pnt.command.errores.ReglaIncumplidaException;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The platform's document store, outside the event store, content-addressed: a document is named by the SHA-256 of
 * its bytes, so the same content is kept once and a changed byte is a different name. Where the bytes are kept is
 * {@link ContenidoDeDocumentos} (files on disk by default, or an S3-compatible bucket); everything else is here, the
 * same for both. The content type is detected from the bytes (Apache Tika's magic numbers; Office Open XML told
 * apart by the parts inside the package), never from the name. Reading a document checks its hash first: bytes
 * altered where they are kept are reported and not served. A small table keeps the type and size of each document,
 * for the aggregates to read.
 */
@Component
public class AlmacenDeDocumentos implements DocumentosRegistrados {

    private static final String OOXML_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String OOXML_EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String OOXML_POWERPOINT =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private final Path carpeta;
    private final ContenidoDeDocumentos contenido;
    private final long tamanoMaximo;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Tika tika = new Tika();

    public AlmacenDeDocumentos(@Value("${pnt.documentos.carpeta:./data/documentos}") Path carpeta,
                               @Value("${pnt.documentos.tamano-maximo:20971520}") long tamanoMaximo,
                               ContenidoDeDocumentos contenido, JdbcTemplate jdbc, Clock clock) {
        this.carpeta = carpeta;
        this.contenido = contenido;
        this.tamanoMaximo = tamanoMaximo;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A temporary file in the store's own file system, so that keeping it is an atomic move. */
    public Path temporal() throws IOException {
        Path temporales = Files.createDirectories(carpeta.resolve("tmp"));
        return Files.createTempFile(temporales, "subida-", ".bin");
    }

    /**
     * Keeps the bytes of {@code temporal} (which it consumes) and answers their SHA-256, type and size. An empty
     * file, or one over the maximum size, is refused.
     */
    public DocumentoAlmacenado guardar(Path temporal) throws IOException {
        try {
            long tamano = Files.size(temporal);
            if (tamano == 0) {
                throw new ReglaIncumplidaException("documento-vacio", "El archivo está vacío.");
            }
            if (tamano > tamanoMaximo) {
                throw new ReglaIncumplidaException("documento-extenso", "El archivo mide " + tamano
                        + " bytes; el máximo es " + tamanoMaximo + " bytes (" + (tamanoMaximo / (1024 * 1024))
                        + " MiB).");
            }
            String sha256 = huella(temporal);
            String tipo = detectar(temporal);
            contenido.guardar(sha256, temporal);
            jdbc.update("insert into documento (sha256, tipo_de_contenido, tamano, registrado_en) values (?, ?, ?, ?) "
                    + "on conflict (sha256) do nothing", sha256, tipo, tamano,
                    OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
            return new DocumentoAlmacenado(sha256, tipo, tamano);
        } finally {
            Files.deleteIfExists(temporal);
        }
    }

    @Override
    public Optional<DocumentoAlmacenado> describir(String sha256) {
        if (!valida(sha256)) {
            return Optional.empty();
        }
        List<DocumentoAlmacenado> encontrados = jdbc.query("select sha256, tipo_de_contenido, tamano from documento "
                        + "where sha256 = ?", (rs, i) -> new DocumentoAlmacenado(rs.getString(1), rs.getString(2),
                        rs.getLong(3)), sha256);
        return encontrados.stream().findFirst();
    }

    /**
     * A stored document, checked, with what the store knows of it. {@code copia} when {@code archivo} is a copy
     * made for this reading (S3), to be deleted once served ({@link BorradoDeCopias}); otherwise it is the kept
     * file itself.
     */
    public record Lectura(DocumentoAlmacenado documento, Path archivo, boolean copia) {
    }

    /**
     * The bytes of {@code sha256}, as a local file, after checking that they still hash to that name; empty when
     * the store has no such document.
     *
     * @throws DocumentoAlteradoException when the kept bytes no longer match their hash
     */
    public Optional<Lectura> leer(String sha256) throws IOException {
        Optional<DocumentoAlmacenado> documento = describir(sha256);
        Optional<ContenidoDeDocumentos.ArchivoLocal> local = documento.isEmpty() ? Optional.empty()
                : contenido.abrir(sha256);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        ContenidoDeDocumentos.ArchivoLocal archivo = local.get();
        try {
            verificar(sha256, archivo.ruta());
        } catch (IOException | RuntimeException e) {
            if (archivo.temporal()) {
                Files.deleteIfExists(archivo.ruta());
            }
            throw e;
        }
        return Optional.of(new Lectura(documento.get(), archivo.ruta(), archivo.temporal()));
    }

    private static void verificar(String sha256, Path archivo) throws IOException {
        String calculado = huella(archivo);
        if (!calculado.equals(sha256)) {
            throw new DocumentoAlteradoException(sha256, calculado);
        }
    }

    static boolean valida(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}");
    }

    private static String huella(Path archivo) throws IOException {
        try (InputStream entrada = new DigestInputStream(Files.newInputStream(archivo),
                MessageDigest.getInstance("SHA-256"))) {
            entrada.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) entrada).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 es parte de toda JVM", e);
        }
    }

    /** By content: magic numbers, then, for a ZIP package, the parts that make it a Word, Excel or PowerPoint file. */
    private String detectar(Path archivo) throws IOException {
        String tipo;
        try (InputStream entrada = Files.newInputStream(archivo)) {
            tipo = tika.detect(entrada);
        }
        if (!"application/zip".equals(tipo) && !"application/x-tika-ooxml".equals(tipo)) {
            return tipo;
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archivo))) {
            for (ZipEntry parte = zip.getNextEntry(); parte != null; parte = zip.getNextEntry()) {
                String nombre = parte.getName();
                if (nombre.startsWith("word/")) {
                    return OOXML_WORD;
                }
                if (nombre.startsWith("xl/")) {
                    return OOXML_EXCEL;
                }
                if (nombre.startsWith("ppt/")) {
                    return OOXML_POWERPOINT;
                }
            }
        } catch (IOException | IllegalArgumentException noEsZip) {
            return tipo;
        }
        return tipo;
    }
}
