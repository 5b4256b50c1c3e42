package mx.pnt.command.errores;

/** A legal rule (Lineamientos, law) is not met: 422. */
public class ReglaIncumplidaException extends RechazoDeDominio {

    public ReglaIncumplidaException(String codigo, String mensaje) {
        super(codigo, mensaje);
    }

    @Override
    public ProblemaDeDominio problema() {
        return new ProblemaDeDominio(422, codigo(), "Regla incumplida");
    }
}
