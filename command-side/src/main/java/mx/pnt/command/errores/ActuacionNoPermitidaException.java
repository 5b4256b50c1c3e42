package mx.pnt.command.errores;

/** The actor may not act for this garante or sujeto obligado: 403. */
public class ActuacionNoPermitidaException extends RechazoDeDominio {

    public ActuacionNoPermitidaException(String codigo, String mensaje) {
        super(codigo, mensaje);
    }

    @Override
    public ProblemaDeDominio problema() {
        return new ProblemaDeDominio(403, codigo(), "Actuación no permitida");
    }
}
