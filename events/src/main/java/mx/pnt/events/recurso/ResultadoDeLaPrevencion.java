package mx.pnt.events.recurso;

/** What the organismo garante finds of a prevención (Octogésimo sexto): only the first admits the recurso. */
public enum ResultadoDeLaPrevencion {
    DESAHOGADA_EN_TIEMPO_Y_FORMA,
    SIN_RESPUESTA,
    DESAHOGADA_FUERA_DE_TIEMPO,
    DESAHOGADA_INCORRECTAMENTE;

    public boolean admite() {
        return this == DESAHOGADA_EN_TIEMPO_Y_FORMA;
    }
}
