package mx.pnt.plazos.reglas;

/** A Ley Local gives an authority more días than the Ley General (Lineamientos, Cuarto). */
public class PlazoLocalMasLargoException extends PlazoLocalEnPerjuicioException {

    public PlazoLocalMasLargoException(ReglaDePlazo local, ReglaDePlazo general) {
        super("El plazo local de " + local.dias() + " días para " + local.paso() + " (" + local.citar()
                + ") excede los " + general.dias() + " días de la Ley General (" + general.citar()
                + "); no puede ampliarse en perjuicio de los solicitantes (Lineamientos, Cuarto)", local, general);
    }
}
