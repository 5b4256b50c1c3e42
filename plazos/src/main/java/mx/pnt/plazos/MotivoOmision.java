package mx.pnt.plazos;

/** Why a date is not counted as a día hábil. */
public enum MotivoOmision {
    FIN_DE_SEMANA,
    DIA_INHABIL,
    SUSPENSION,
    /**
     * A suspension "hasta nuevo aviso": this day and every later one are suspended until a lifting, so the computo
     * stops here and the plazo has no deadline meanwhile. Always the last day of its computo.
     */
    SUSPENSION_INDEFINIDA,
    /** Only for receptions: the solicitud arrived after the garante's hours. */
    FUERA_DE_HORARIO
}
