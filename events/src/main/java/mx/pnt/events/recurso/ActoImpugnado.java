package mx.pnt.events.recurso;

/** What the recurso is against (LGTAIP 2025, art. 144): a respuesta, or the falta de respuesta in time. */
public enum ActoImpugnado {
    RESPUESTA,
    FALTA_DE_RESPUESTA
}
