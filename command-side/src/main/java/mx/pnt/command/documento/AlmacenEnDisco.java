package mx.pnt.command.documento;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The embedded default: each document is a file named by its SHA-256 under {@code pnt.documentos.carpeta}, in a
 * folder named by the hash's first two characters (so no folder holds every file).
 */
public class AlmacenEnDisco implements ContenidoDeDocumentos {

    private final Path carpeta;

    public AlmacenEnDisco(Path carpeta) {
        this.carpeta = carpeta;
    }

    @Override
    public boolean existe(String sha256) {
        return Files.exists(ruta(sha256));
    }

    /** An atomic move: the temporary file lives in the same file system ({@link AlmacenDeDocumentos#temporal()}). */
    @Override
    public void guardar(String sha256, Path archivo) throws IOException {
        Path destino = ruta(sha256);
        if (!Files.exists(destino)) {
            Files.createDirectories(destino.getParent());
            Files.move(archivo, destino, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The kept file itself: no copy is made to read it. */
    @Override
    public Optional<ArchivoLocal> abrir(String sha256) {
        Path archivo = ruta(sha256);
        return Files.exists(archivo) ? Optional.of(new ArchivoLocal(archivo, false)) : Optional.empty();
    }

    private Path ruta(String sha256) {
        return carpeta.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
