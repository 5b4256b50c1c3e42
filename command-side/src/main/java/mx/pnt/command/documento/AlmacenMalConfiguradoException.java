package mx.pnt.command.documento;

/**
 * The document store cannot start as configured (an unknown backend, a missing bucket name, an S3 server that
 * cannot be reached or refuses the credentials). Start-up stops with its message, in Spanish, instead of a stack
 * trace ({@link AnalizadorDeAlmacenMalConfigurado}).
 */
public class AlmacenMalConfiguradoException extends RuntimeException {

    public AlmacenMalConfiguradoException(String mensaje) {
        super(mensaje);
    }

    public AlmacenMalConfiguradoException(String mensaje, Throwable causa) {
        super(mensaje, causa);
    }
}
