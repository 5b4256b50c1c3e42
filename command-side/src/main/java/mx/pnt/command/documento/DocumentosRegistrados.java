package mx.pnt.command.documento;

import java.util.Optional;

/**
 * What an aggregate may ask of the document store: the type and size of a stored file, by its SHA-256. Both are a
 * function of the bytes, so the answer never changes for a given hash.
 */
public interface DocumentosRegistrados {

    Optional<DocumentoAlmacenado> describir(String sha256);
}
