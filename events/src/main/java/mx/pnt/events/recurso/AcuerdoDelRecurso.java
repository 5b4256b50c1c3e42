package mx.pnt.events.recurso;

/** The acuerdos of the sustanciación notified to the recurrente (Octogésimo quinto and following). */
public enum AcuerdoDelRecurso {
    PREVENCION,
    ADMISION,
    DESECHAMIENTO
}
