package mx.pnt.command.errores;

/** The command names something the platform does not know (a sujeto obligado, a folio): 404. */
public class NoEncontradoException extends RechazoDeDominio {

    public NoEncontradoException(String codigo, String mensaje) {
        super(codigo, mensaje);
    }

    @Override
    public ProblemaDeDominio problema() {
        return new ProblemaDeDominio(404, codigo(), "No encontrado");
    }
}
