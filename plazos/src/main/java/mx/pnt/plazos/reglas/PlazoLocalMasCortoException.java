package mx.pnt.plazos.reglas;

/**
 * A Ley Local gives the requester fewer días to act than the Ley General (e.g. to file a recurso): that too
 * is "en perjuicio de los solicitantes" (Lineamientos, Cuarto).
 */
public class PlazoLocalMasCortoException extends PlazoLocalEnPerjuicioException {

    public PlazoLocalMasCortoException(ReglaDePlazo local, ReglaDePlazo general) {
        super("El plazo local de " + local.dias() + " días para " + local.paso() + " (" + local.citar()
                + ") es menor que los " + general.dias() + " días que la Ley General (" + general.citar()
                + ") da al particular; no puede reducirse en su perjuicio (Lineamientos, Cuarto)", local, general);
    }
}
