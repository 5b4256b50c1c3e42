package mx.pnt.plazos.reglas;

/** The step does not exist in that law (e.g. atracción, abolished by the LGTAIP 2025). */
public class PasoNoPrevistoException extends RuntimeException {

    private final Paso paso;
    private final String conjunto;

    public PasoNoPrevistoException(Paso paso, String conjunto, String ley) {
        super("El paso " + paso + " no está previsto en " + ley + " (conjunto " + conjunto + ")");
        this.paso = paso;
        this.conjunto = conjunto;
    }

    public Paso paso() {
        return paso;
    }

    public String conjunto() {
        return conjunto;
    }
}
