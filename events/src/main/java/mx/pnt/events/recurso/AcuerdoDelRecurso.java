package mx.pnt.events.recurso;

/**
 * The acuerdos of the recurso: those of the sustanciación notified to the parties (Octogésimo quinto and following)
 * and the acuerdo de turno.
 */
public enum AcuerdoDelRecurso {
    PREVENCION,
    ADMISION,
    DESECHAMIENTO,
    /** Nonagésimo primero: notified to both parties. */
    AMPLIACION,
    /** Nonagésimo segundo. */
    CIERRE_DE_INSTRUCCION,
    /** Nonagésimo cuarto: the resolución votada. */
    RESOLUCION,
    /** Nonagésimo: an audiencia with the parties, notified to the recurrente. */
    AUDIENCIA,
    /** Nonagésimo: access to the information the sujeto obligado classified. */
    ACCESO_A_INFORMACION_CLASIFICADA,
    /** Octogésimo octavo: the acuerdo de acumulación, in the acumulador and in the acumulado. */
    ACUMULACION,
    /**
     * Octogésimo, Octogésimo segundo: the acuerdo de turno (or retorno) to the comisionado ponente, signed by the
     * presidente. Internal to the garante: not notified to the parties.
     */
    TURNO
}
