package mx.pnt.events.recurso;

/** The sentido of a resolución of a recurso de revisión (Nonagésimo cuarto, 3; LGTAIP 2025, art. 154). */
public enum SentidoDeLaResolucion {
    DESECHA,
    SOBRESEE,
    CONFIRMA,
    MODIFICA,
    REVOCA;

    /** Modifica and revoca order the sujeto obligado to comply within a plazo (Nonagésimo quinto). */
    public boolean ordenaCumplimiento() {
        return this == MODIFICA || this == REVOCA;
    }
}
