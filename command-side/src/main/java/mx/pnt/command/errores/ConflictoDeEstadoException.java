package mx.pnt.command.errores;

/** The procedure is not in a state that allows the actuación, or it changed concurrently: 409. */
public class ConflictoDeEstadoException extends RechazoDeDominio {

    public ConflictoDeEstadoException(String codigo, String mensaje) {
        super(codigo, mensaje);
    }

    @Override
    public ProblemaDeDominio problema() {
        return new ProblemaDeDominio(409, codigo(), "Conflicto de estado");
    }
}
