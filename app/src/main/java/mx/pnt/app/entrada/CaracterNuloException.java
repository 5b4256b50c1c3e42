package mx.pnt.app.entrada;

/** A text with U+0000, which the platform cannot record (see {@link TextosSinCaracterNulo}). */
public class CaracterNuloException extends RuntimeException {

    public CaracterNuloException() {
        super("El texto contiene el carácter nulo U+0000");
    }
}
