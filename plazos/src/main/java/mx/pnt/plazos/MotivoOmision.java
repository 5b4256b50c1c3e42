package mx.pnt.plazos;

/** Why a date is not counted as a día hábil. */
public enum MotivoOmision {
    FIN_DE_SEMANA,
    DIA_INHABIL,
    SUSPENSION,
    /** Only for receptions: the solicitud arrived after the garante's hours. */
    FUERA_DE_HORARIO
}
