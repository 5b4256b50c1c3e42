package mx.pnt.command.documento;

/** A stored file whose bytes no longer hash to its name: it is reported, never served. */
public class DocumentoAlteradoException extends RuntimeException {

    public DocumentoAlteradoException(String sha256, String calculado) {
        super("El archivo almacenado como " + sha256 + " ya no corresponde a su huella (SHA-256 actual " + calculado
                + "); no se entrega.");
    }
}
