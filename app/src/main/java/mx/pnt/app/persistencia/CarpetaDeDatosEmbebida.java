package mx.pnt.app.persistencia;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Makes the embedded PostgreSQL's data folder startable in one go after any crash of the JVM.
 * <ul>
 *   <li>A folder is created complete or not at all: initdb runs in a sibling folder that is moved into place only
 *   once the cluster has started and stopped cleanly, so a crash during the first start leaves no half-initialised
 *   cluster behind (the leftover is discarded at the next start; a folder that holds data is never replaced).</li>
 *   <li>A postmaster left running by a JVM that died without stopping it (kill -9, out of memory) still holds the
 *   folder; it is recognised by its {@code postmaster.pid} (same process id, a {@code postgres} binary, started
 *   when the file says) and shut down cleanly before the new start. The folder's lock file tells an orphan from a
 *   postmaster whose platform is alive: the lock is released when the JVM that held it dies.</li>
 * </ul>
 */
final class CarpetaDeDatosEmbebida {

    private static final Logger LOG = LoggerFactory.getLogger(CarpetaDeDatosEmbebida.class);

    /** The name of the lock file the embedded PostgreSQL library keeps in the folder while it runs a postmaster. */
    static final String CERROJO = "epg-lock";
    /** How much the start time PostgreSQL records may differ from the one the operating system reports. */
    private static final Duration TOLERANCIA_DE_ARRANQUE = Duration.ofSeconds(5);

    private final Path datos;
    private final Duration esperaDeParo;

    CarpetaDeDatosEmbebida(Path datos, Duration esperaDeParo) {
        this.datos = datos.toAbsolutePath().normalize();
        this.esperaDeParo = esperaDeParo;
    }

    /** Leaves the folder holding an initialised cluster that no orphaned postmaster holds. */
    void preparar(EmbeddedPostgres.Builder configuracion) throws IOException {
        if (inicializada(datos)) {
            detenerPostmasterHuerfano();
        } else if (!Files.exists(datos) || vacia(datos)) {
            inicializar(configuracion);
        } else {
            throw new IllegalStateException("La carpeta de datos " + datos + " no está vacía y no contiene un "
                    + "clúster de PostgreSQL completo; la plataforma no la borra. Revise su contenido o indique "
                    + "otra carpeta en pnt.postgres-embebido.datos.");
        }
    }

    static boolean inicializada(Path carpeta) {
        return Files.isRegularFile(carpeta.resolve("postgresql.conf")) && Files.isRegularFile(carpeta.resolve("PG_VERSION"));
    }

    private void inicializar(EmbeddedPostgres.Builder configuracion) throws IOException {
        Path provisional = datos.resolveSibling(datos.getFileName() + ".inicializando");
        if (Files.exists(provisional)) {
            // Left by a start that died before the move below: never a usable cluster, nothing recorded in it.
            LOG.warn("Se descarta {}, una inicialización interrumpida", provisional);
            FileSystemUtils.deleteRecursively(provisional);
        }
        Files.createDirectories(provisional);
        LOG.info("Inicializando PostgreSQL embebido en {}", provisional);
        configuracion.setDataDirectory(provisional).start().close();
        Files.deleteIfExists(datos);
        Files.move(provisional, datos, StandardCopyOption.ATOMIC_MOVE);
    }

    private void detenerPostmasterHuerfano() throws IOException {
        Optional<ProcessHandle> huerfano = postmasterVivo();
        if (huerfano.isEmpty()) {
            return;
        }
        try (FileOutputStream archivo = new FileOutputStream(datos.resolve(CERROJO).toFile());
             FileLock cerrojo = tomar(archivo)) {
            ProcessHandle postmaster = huerfano.get();
            LOG.warn("PostgreSQL (pid {}) sigue en ejecución sobre {} tras una caída de la plataforma; se detiene "
                    + "antes de arrancar", postmaster.pid(), datos);
            // SIGTERM: PostgreSQL's smart shutdown. The dead JVM's sessions are already closed, so it ends at once
            // and writes a shutdown checkpoint; nothing acknowledged is lost (every commit was already durable).
            postmaster.destroy();
            try {
                postmaster.onExit().get(esperaDeParo.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") sobre " + datos
                        + " no se detuvo en " + esperaDeParo.toSeconds() + " s; deténgalo y vuelva a iniciar.", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private FileLock tomar(FileOutputStream archivo) throws IOException {
        FileLock cerrojo;
        try {
            cerrojo = archivo.getChannel().tryLock();
        } catch (OverlappingFileLockException e) {
            cerrojo = null;
        }
        if (cerrojo == null) {
            throw new IllegalStateException("Otra instancia de la plataforma ya usa la carpeta de datos " + datos
                    + "; dos instancias no comparten un PostgreSQL embebido (configure un PostgreSQL externo).");
        }
        return cerrojo;
    }

    /** The process {@code postmaster.pid} names, if it is still that postmaster (not a reused process id). */
    Optional<ProcessHandle> postmasterVivo() throws IOException {
        List<String> lineas;
        try {
            lineas = Files.readAllLines(datos.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lineas.size() < 3) {
            return Optional.empty();
        }
        long pid;
        Instant arranque;
        try {
            pid = Long.parseLong(lineas.get(0).trim());
            arranque = Instant.ofEpochSecond(Long.parseLong(lineas.get(2).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(proceso -> esElPostmaster(proceso.info(), arranque));
    }

    static boolean esElPostmaster(ProcessHandle.Info info, Instant arranqueRegistrado) {
        boolean esPostgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter("postgres"::equals).isPresent();
        boolean mismoArranque = info.startInstant()
                .map(inicio -> Duration.between(inicio, arranqueRegistrado).abs().compareTo(TOLERANCIA_DE_ARRANQUE) <= 0)
                .orElse(false);
        return esPostgres && mismoArranque;
    }

    private static boolean vacia(Path carpeta) throws IOException {
        try (Stream<Path> contenido = Files.list(carpeta)) {
            return contenido.findAny().isEmpty();
        }
    }
}
