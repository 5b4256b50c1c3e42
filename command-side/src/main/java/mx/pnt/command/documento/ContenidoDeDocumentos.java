package mx.pnt.command.documento;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bytes of documents are kept, each under the SHA-256 of its bytes: files on disk (the embedded default)
 * or an S3-compatible bucket ({@code pnt.documentos.almacen}). Hashing, type detection, the size limit, the
 * {@code documento} table and the integrity check stay in {@link AlmacenDeDocumentos}, so every backend gets them.
 * Every method blocks: callers run it off the event loop.
 */
public interface ContenidoDeDocumentos {

    /** Whether something is kept under {@code sha256}, whatever its state. */
    boolean existe(String sha256) throws IOException;

    /**
     * Keeps the bytes of {@code archivo} under {@code sha256}, unless something is kept there already: the name is
     * the hash of the bytes, so it would be the same bytes (an altered copy is caught when read, not overwritten).
     * {@code archivo} is a temporary file of the store's own; it may be moved away.
     */
    void guardar(String sha256, Path archivo) throws IOException;

    /**
     * The bytes kept under {@code sha256} as a local file that the caller hashes and then serves, so that what is
     * served is what was checked; empty when nothing is kept there.
     */
    Optional<ArchivoLocal> abrir(String sha256) throws IOException;

    /**
     * A local file with the kept bytes. {@code temporal} when it is a copy made for this reading, which the
     * reader deletes once served; otherwise it is the kept file itself.
     */
    record ArchivoLocal(Path ruta, boolean temporal) {
    }
}
