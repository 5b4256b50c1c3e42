package mx.pnt.events.recurso;

/** Why a sujeto obligado did not comply (Nonagésimo sexto). */
public enum RazonDeIncumplimiento {
    /** No realizó acción alguna para el cumplimiento. */
    SIN_ACCION,
    /** Las acciones llevadas a cabo fueron insuficientes. */
    ACCIONES_INSUFICIENTES,
    /** El cumplimiento está relacionado con un juicio de amparo. */
    JUICIO_DE_AMPARO
}
