package mx.pnt.projections.plazos;

/** A plazo written over the stored one of its key without reading it first ({@link PlazoEnCurso#reemplazarEn}). */
public interface ReemplazoDePlazo {

    /** The row of its key becomes {@code plazo}; inserted when there is none. */
    void reemplazar(PlazoEnCurso plazo);
}
