package mx.pnt.events.recurso;

/**
 * The acuerdos of the recurso: those of the sustanciación notified to the parties (Octogésimo quinto and following)
 * and the acuerdo de turno.
 */
public enum AcuerdoDelRecurso {
    PREVENCION("prevención"),
    ADMISION("admisión"),
    DESECHAMIENTO("desechamiento"),
    /** Nonagésimo primero: notified to both parties. */
    AMPLIACION("ampliación"),
    /** Nonagésimo segundo. */
    CIERRE_DE_INSTRUCCION("cierre de instrucción"),
    /** Nonagésimo cuarto: the resolución votada. */
    RESOLUCION("resolución"),
    /** Nonagésimo: an audiencia with the parties, notified to the recurrente. */
    AUDIENCIA("audiencia"),
    /** Nonagésimo: access to the information the sujeto obligado classified. */
    ACCESO_A_INFORMACION_CLASIFICADA("acceso a información clasificada"),
    /** Octogésimo octavo: the acuerdo de acumulación, in the acumulador and in the acumulado. */
    ACUMULACION("acumulación"),
    /**
     * Octogésimo, Octogésimo segundo: the acuerdo de turno (or retorno) to the comisionado ponente, signed by the
     * presidente. Internal to the garante: not notified to the parties.
     */
    TURNO("turno");

    private final String descripcion;

    AcuerdoDelRecurso(String descripcion) {
        this.descripcion = descripcion;
    }

    /** Its name in Spanish, as a sentence says it: "el acuerdo de cierre de instrucción". */
    public String descripcion() {
        return descripcion;
    }
}
