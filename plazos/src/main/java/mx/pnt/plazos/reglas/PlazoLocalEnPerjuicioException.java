package mx.pnt.plazos.reglas;

/**
 * A Ley Local plazo that would move the Ley General's plazo against the requester (Lineamientos, Cuarto).
 */
public abstract class PlazoLocalEnPerjuicioException extends RuntimeException {

    private final ReglaDePlazo local;
    private final ReglaDePlazo general;

    protected PlazoLocalEnPerjuicioException(String mensaje, ReglaDePlazo local, ReglaDePlazo general) {
        super(mensaje);
        this.local = local;
        this.general = general;
    }

    public ReglaDePlazo local() {
        return local;
    }

    public ReglaDePlazo general() {
        return general;
    }
}
