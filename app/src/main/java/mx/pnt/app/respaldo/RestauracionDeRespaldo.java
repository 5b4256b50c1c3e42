package mx.pnt.app.respaldo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Puts a backup made by {@link RespaldoEnCaliente} in place before the embedded PostgreSQL starts
 * ({@code --pnt.respaldo.restaurar=respaldo.zip}); PostgreSQL then replays the backup's log on its own. It never
 * writes over data: the data folder must be absent or empty. The copy is unpacked beside it and moved into place
 * only once complete and checked (each entry's CRC, the manifest last), so a failed restore leaves nothing
 * half-made. A start that finds the same backup already restored goes on without restoring it again, so the
 * option may stay in a service's command line.
 */
public final class RestauracionDeRespaldo {

    private static final Logger LOG = LoggerFactory.getLogger(RestauracionDeRespaldo.class);

    /** Left in the restored data folder: which backup it came from. */
    static final String MARCA = "pnt-restaurado-desde.properties";

    private final Path respaldo;
    private final Path datos;
    /** Where the documents go, or null when the platform keeps them in an S3 bucket. */
    private final Path documentos;

    public RestauracionDeRespaldo(Path respaldo, Path datos, Path documentos) {
        this.respaldo = respaldo;
        this.datos = datos;
        this.documentos = documentos;
    }

    /** Restores the backup, or does nothing if this data folder was restored from it already. */
    public void restaurar() throws IOException {
        if (!Files.isRegularFile(respaldo)) {
            throw new IllegalStateException("No existe el respaldo " + respaldo.toAbsolutePath()
                    + " (pnt.respaldo.restaurar).");
        }
        try (ZipFile zip = new ZipFile(respaldo.toFile(), StandardCharsets.UTF_8)) {
            String etiqueta = manifiesto(zip).getProperty("etiqueta");
            if (etiqueta.equals(restauradoDesde())) {
                LOG.info("La carpeta {} ya es la restauración del respaldo {}: arranca sin restaurarlo otra vez",
                        datos.toAbsolutePath(), etiqueta);
                return;
            }
            if (Files.exists(datos) && !vacia(datos)) {
                throw new IllegalStateException("La carpeta de datos " + datos.toAbsolutePath() + " no está vacía: "
                        + "una restauración nunca escribe sobre datos. Muévala o indique otra carpeta "
                        + "(pnt.postgres-embebido.datos) y arranque de nuevo.");
            }
            Path temporal = datos.resolveSibling(datos.getFileName() + ".restaurando");
            FileSystemUtils.deleteRecursively(temporal);
            try {
                int archivos = desempacar(zip, temporal);
                Properties marca = new Properties();
                marca.setProperty("etiqueta", etiqueta);
                marca.setProperty("respaldo", respaldo.toAbsolutePath().toString());
                try (var escritor = Files.newBufferedWriter(temporal.resolve(MARCA))) {
                    marca.store(escritor, "Restaurado desde un respaldo de la plataforma PNT");
                }
                Files.createDirectories(datos.toAbsolutePath().getParent());
                Files.deleteIfExists(datos);
                Files.move(temporal, datos, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Respaldo {} restaurado en {} ({} archivos); PostgreSQL aplica ahora su bitácora", etiqueta,
                        datos.toAbsolutePath(), archivos);
            } catch (IOException | RuntimeException e) {
                FileSystemUtils.deleteRecursively(temporal);
                throw e;
            }
        } catch (ZipException e) {
            throw new IllegalStateException("El respaldo " + respaldo.toAbsolutePath() + " está dañado o incompleto "
                    + "(" + e.getMessage() + "); no se restauró nada.", e);
        }
    }

    private Properties manifiesto(ZipFile zip) throws IOException {
        ZipEntry entrada = zip.getEntry(RespaldoEnCaliente.MANIFIESTO);
        Properties manifiesto = new Properties();
        if (entrada != null) {
            try (Reader lector = new java.io.InputStreamReader(zip.getInputStream(entrada), StandardCharsets.UTF_8)) {
                manifiesto.load(lector);
            }
        }
        if (manifiesto.getProperty("etiqueta") == null) {
            throw new IllegalStateException(respaldo.toAbsolutePath() + " no es un respaldo completo de la plataforma "
                    + "(le falta " + RespaldoEnCaliente.MANIFIESTO + "); no se restauró nada.");
        }
        return manifiesto;
    }

    private String restauradoDesde() throws IOException {
        Path marca = datos.resolve(MARCA);
        if (!Files.isRegularFile(marca)) {
            return null;
        }
        Properties propiedades = new Properties();
        try (Reader lector = Files.newBufferedReader(marca)) {
            propiedades.load(lector);
        }
        return propiedades.getProperty("etiqueta");
    }

    private int desempacar(ZipFile zip, Path temporal) throws IOException {
        Files.createDirectories(temporal);
        Files.setPosixFilePermissions(temporal, PosixFilePermissions.fromString("rwx------"));
        int archivos = 0;
        for (ZipEntry entrada : Collections.list(zip.entries())) {
            String nombre = entrada.getName();
            if (nombre.equals(RespaldoEnCaliente.MANIFIESTO)) {
                continue;
            }
            Path destino;
            if (nombre.startsWith(RespaldoEnCaliente.POSTGRES)) {
                destino = dentro(temporal, nombre.substring(RespaldoEnCaliente.POSTGRES.length()), nombre);
            } else if (nombre.startsWith(RespaldoEnCaliente.DOCUMENTOS)) {
                if (documentos == null) {
                    throw new IllegalStateException("El respaldo trae documentos en carpeta y esta plataforma los "
                            + "guarda en S3: restaure con pnt.documentos.almacen=disco o súbalos al bucket.");
                }
                destino = dentro(documentos, nombre.substring(RespaldoEnCaliente.DOCUMENTOS.length()), nombre);
                if (Files.exists(destino)) {
                    continue; // named by its SHA-256: the same document
                }
            } else {
                throw new IllegalStateException("Entrada ajena a un respaldo de la plataforma: " + nombre);
            }
            if (entrada.isDirectory()) {
                Files.createDirectories(destino);
                Files.setPosixFilePermissions(destino, PosixFilePermissions.fromString("rwx------"));
                continue;
            }
            Files.createDirectories(destino.getParent());
            // Read to its end (which checks the entry's CRC) before the file takes its name.
            Path parcial = destino.resolveSibling(destino.getFileName() + ".parcial");
            try (CheckedInputStream entradaZip = new CheckedInputStream(zip.getInputStream(entrada), new CRC32())) {
                Files.copy(entradaZip, parcial, StandardCopyOption.REPLACE_EXISTING);
                // ZipFile checks no CRC of its own: a damaged byte would reach PostgreSQL's files unnoticed.
                if (entradaZip.getChecksum().getValue() != entrada.getCrc()) {
                    throw new ZipException("el CRC de " + nombre + " no coincide");
                }
            } catch (IOException e) {
                Files.deleteIfExists(parcial);
                throw e;
            }
            Files.setPosixFilePermissions(parcial, PosixFilePermissions.fromString("rw-------"));
            Files.move(parcial, destino, StandardCopyOption.ATOMIC_MOVE);
            archivos++;
        }
        return archivos;
    }

    /** {@code relativo} under {@code raiz}, refusing any entry that would land outside it ("zip slip"). */
    private static Path dentro(Path raiz, String relativo, String nombre) {
        Path destino = raiz.resolve(relativo).normalize();
        if (relativo.isEmpty() || !destino.startsWith(raiz.normalize()) || Path.of(relativo).isAbsolute()) {
            throw new IllegalStateException("Entrada del respaldo fuera de su carpeta: " + nombre);
        }
        return destino;
    }

    private static boolean vacia(Path carpeta) throws IOException {
        if (!Files.isDirectory(carpeta)) {
            return false;
        }
        try (Stream<Path> contenido = Files.list(carpeta)) {
            return contenido.findAny().isEmpty();
        }
    }
}
