package mx.pnt.events.comunicado;

/**
 * The two mutually exclusive kinds of party of the SICOM (Centésimo vigésimo séptimo, fracciones IV and VI): a
 * comunicado goes from one kind to the other, never between two of the same kind.
 */
public enum TipoDeParte {
    SUJETO_OBLIGADO,
    ORGANISMO_GARANTE
}
