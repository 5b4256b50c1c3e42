package mx.pnt.events.recurso;

/** The acuerdos of the sustanciación notified to the parties (Octogésimo quinto and following). */
public enum AcuerdoDelRecurso {
    PREVENCION,
    ADMISION,
    DESECHAMIENTO,
    /** Nonagésimo primero: notified to both parties. */
    AMPLIACION,
    /** Nonagésimo segundo. */
    CIERRE_DE_INSTRUCCION,
    /** Nonagésimo cuarto: the resolución votada. */
    RESOLUCION
}
