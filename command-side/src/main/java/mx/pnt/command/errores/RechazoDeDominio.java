package mx.pnt.command.errores;

/**
 * A command refused by the domain. The message is Spanish and addressed to the garante's staff or to the
 * solicitante: it says what was wrong and what is allowed.
 */
public abstract class RechazoDeDominio extends RuntimeException {

    private final String codigo;

    protected RechazoDeDominio(String codigo, String mensaje) {
        super(mensaje, null, false, false);
        this.codigo = codigo;
    }

    public String codigo() {
        return codigo;
    }

    public abstract ProblemaDeDominio problema();
}
