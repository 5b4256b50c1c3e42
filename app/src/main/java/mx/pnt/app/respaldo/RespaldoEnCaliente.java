package mx.pnt.app.respaldo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An online backup of the embedded default, taken with PostgreSQL's own low-level backup API (what pg_basebackup
 * does, which the embedded binaries do not include): the data folder copied between {@code pg_backup_start} and
 * {@code pg_backup_stop}, the write-ahead log of that interval (kept by a temporary replication slot while the
 * files are copied), the {@code backup_label}, and the documents. Started from the copy, PostgreSQL replays that log
 * and opens the database as it stood when the backup ended, consistent, with the platform serving throughout.
 * <p>
 * The zip holds {@code postgres/…}, {@code documentos/…} and, last, {@link #MANIFIESTO}. The signing key of login
 * tokens is not copied: a restored platform makes a new one and users log in again.
 */
public final class RespaldoEnCaliente {

    private static final Logger LOG = LoggerFactory.getLogger(RespaldoEnCaliente.class);

    /** The backup's own description, the zip's last entry: a copy without it is incomplete. */
    public static final String MANIFIESTO = "respaldo.properties";
    static final String POSTGRES = "postgres/";
    static final String DOCUMENTOS = "documentos/";

    /**
     * What pg_basebackup leaves out of the data folder: runtime files of the running server, whose folders must
     * exist but whose content is rebuilt at start ({@code pg_wal} is added apart, only the segments needed).
     */
    private static final Set<String> CARPETAS_SIN_CONTENIDO = Set.of("pg_wal", "pg_dynshmem", "pg_notify",
            "pg_replslot", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> ARCHIVOS_EXCLUIDOS = Set.of("postmaster.pid", "postmaster.opts",
            "backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "pg_internal.init",
            // The embedded library's lock of the running platform, and the restored copy's mark.
            "epg-lock", RestauracionDeRespaldo.MARCA);
    private static final Pattern SEGMENTO_DE_INICIO = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final Pattern SEGMENTO = Pattern.compile("[0-9A-F]{24}");

    private final ConexionDeRespaldo conexiones;
    private final Path datos;
    /** The documents folder, or null when the documents are kept in an S3 bucket (backed up apart). */
    private final Path documentos;
    private final Clock reloj;

    /** A connection of its own, not from the pool: closing it ends the backup and drops its slot, whatever happened. */
    @FunctionalInterface
    public interface ConexionDeRespaldo {
        Connection abrir() throws SQLException;
    }

    public RespaldoEnCaliente(ConexionDeRespaldo conexiones, Path datos, Path documentos, Clock reloj) {
        this.conexiones = conexiones;
        this.datos = datos;
        this.documentos = documentos;
        this.reloj = reloj;
    }

    /**
     * The folder a backup takes the documents from and a restore puts them in: {@code pnt.documentos.carpeta},
     * or null when {@code pnt.documentos.almacen} keeps them in an S3 bucket (backed up apart).
     */
    public static Path carpetaDeDocumentos(String almacen, Path carpeta) {
        return "s3".equalsIgnoreCase(almacen.trim()) ? null : carpeta;
    }

    /** Writes the whole backup to {@code destino} (left open) and answers its label. */
    public String escribir(OutputStream destino) throws IOException, SQLException {
        Instant inicio = reloj.instant().truncatedTo(ChronoUnit.SECONDS);
        String etiqueta = "pnt-" + inicio + "-" + UUID.randomUUID().toString().substring(0, 8);
        ZipOutputStream zip = new ZipOutputStream(new SinCerrar(destino), StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        try (Connection conexion = conexiones.abrir()) {
            conexion.setAutoCommit(true);
            ejecutar(conexion, "select pg_create_physical_replication_slot(?, true, true)",
                    "pnt_respaldo_" + UUID.randomUUID().toString().replace("-", ""));
            ejecutar(conexion, "select pg_backup_start(?, true)", etiqueta);
            copiarCarpetaDeDatos(zip);
            Properties manifiesto = new Properties();
            try (Statement sentencia = conexion.createStatement();
                 ResultSet fin = sentencia.executeQuery("select lsn::text, labelfile, spcmapfile, "
                         + "pg_walfile_name(lsn), current_setting('server_version') from pg_backup_stop(false)")) {
                fin.next();
                String etiquetaDeInicio = fin.getString(2);
                agregar(zip, POSTGRES + "backup_label", etiquetaDeInicio.getBytes(StandardCharsets.UTF_8));
                String mapa = fin.getString(3);
                if (mapa != null && !mapa.isBlank()) {
                    agregar(zip, POSTGRES + "tablespace_map", mapa.getBytes(StandardCharsets.UTF_8));
                }
                Matcher primero = SEGMENTO_DE_INICIO.matcher(etiquetaDeInicio);
                if (!primero.find()) {
                    throw new IllegalStateException("backup_label sin segmento de inicio: " + etiquetaDeInicio);
                }
                int segmentos = copiarBitacora(zip, primero.group(1), fin.getString(4));
                manifiesto.setProperty("lsn-final", fin.getString(1));
                manifiesto.setProperty("segmentos-de-bitacora", String.valueOf(segmentos));
                manifiesto.setProperty("version-de-postgresql", fin.getString(5));
            }
            manifiesto.setProperty("documentos", documentos == null
                    ? "en el bucket S3: no incluidos, respáldelos aparte"
                    : copiarDocumentos(zip) + " archivos");
            manifiesto.setProperty("etiqueta", etiqueta);
            manifiesto.setProperty("inicio", inicio.toString());
            manifiesto.setProperty("fin", reloj.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            var texto = new java.io.StringWriter();
            manifiesto.store(texto, "Respaldo de la plataforma PNT (restaurar con --pnt.respaldo.restaurar=<zip>)");
            agregar(zip, MANIFIESTO, texto.toString().getBytes(StandardCharsets.UTF_8));
            zip.finish();
        }
        LOG.info("Respaldo {} terminado", etiqueta);
        return etiqueta;
    }

    private static void ejecutar(Connection conexion, String sql, String parametro) throws SQLException {
        try (PreparedStatement sentencia = conexion.prepareStatement(sql)) {
            sentencia.setString(1, parametro);
            sentencia.executeQuery().close();
        }
    }

    private void copiarCarpetaDeDatos(ZipOutputStream zip) throws IOException {
        Files.walkFileTree(datos, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path carpeta, BasicFileAttributes atributos) throws IOException {
                if (!carpeta.equals(datos)) {
                    zip.putNextEntry(new ZipEntry(POSTGRES + nombre(datos, carpeta) + "/"));
                    zip.closeEntry();
                }
                return carpeta.getParent() != null && carpeta.getParent().equals(datos)
                        && CARPETAS_SIN_CONTENIDO.contains(carpeta.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path archivo, BasicFileAttributes atributos) throws IOException {
                String nombre = archivo.getFileName().toString();
                if (!ARCHIVOS_EXCLUIDOS.contains(nombre) && !nombre.startsWith("pgsql_tmp")) {
                    copiar(zip, archivo, POSTGRES + nombre(datos, archivo));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path archivo, IOException e) throws IOException {
                // A relation dropped while the copy runs: its removal is in the log the restore replays.
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** The segments from the backup's start to its end (the end's own, as pg_basebackup takes), and the histories. */
    private int copiarBitacora(ZipOutputStream zip, String primero, String ultimo) throws IOException {
        Path bitacora = datos.resolve("pg_wal");
        List<Path> archivos;
        try (Stream<Path> listado = Files.list(bitacora)) {
            archivos = listado.sorted().toList();
        }
        int segmentos = 0;
        for (Path archivo : archivos) {
            String nombre = archivo.getFileName().toString();
            boolean segmento = SEGMENTO.matcher(nombre).matches() && nombre.compareTo(primero) >= 0
                    && nombre.compareTo(ultimo) <= 0;
            if (segmento || nombre.endsWith(".history")) {
                copiar(zip, archivo, POSTGRES + "pg_wal/" + nombre);
                segmentos += segmento ? 1 : 0;
            }
        }
        if (segmentos == 0) {
            throw new IllegalStateException("No quedó en pg_wal la bitácora del respaldo, de " + primero + " a "
                    + ultimo);
        }
        return segmentos;
    }

    private int copiarDocumentos(ZipOutputStream zip) throws IOException {
        if (!Files.isDirectory(documentos)) {
            return 0;
        }
        int[] copiados = {0};
        Files.walkFileTree(documentos, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path carpeta, BasicFileAttributes atributos) {
                // Uploads still arriving: not documents yet.
                return carpeta.equals(documentos.resolve("tmp")) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path archivo, BasicFileAttributes atributos) throws IOException {
                copiar(zip, archivo, DOCUMENTOS + nombre(documentos, archivo));
                copiados[0]++;
                return FileVisitResult.CONTINUE;
            }
        });
        return copiados[0];
    }

    private static String nombre(Path raiz, Path ruta) {
        return raiz.relativize(ruta).toString().replace('\\', '/');
    }

    private static void copiar(ZipOutputStream zip, Path archivo, String nombre) throws IOException {
        try (InputStream entrada = Files.newInputStream(archivo)) {
            zip.putNextEntry(new ZipEntry(nombre));
            entrada.transferTo(zip);
            zip.closeEntry();
        } catch (NoSuchFileException borradoMientras) {
            // Dropped between the listing and the opening (see visitFileFailed): no entry was begun.
        }
    }

    private static void agregar(ZipOutputStream zip, String nombre, byte[] contenido) throws IOException {
        zip.putNextEntry(new ZipEntry(nombre));
        zip.write(contenido);
        zip.closeEntry();
    }

    /** The caller owns the stream it gave: finishing the zip must not close it. */
    private static final class SinCerrar extends FilterOutputStream {
        SinCerrar(OutputStream destino) {
            super(destino);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
