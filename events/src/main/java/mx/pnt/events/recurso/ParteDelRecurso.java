package mx.pnt.events.recurso;

/** The parties of a recurso de revisión besides the organismo garante: who may present alegatos y pruebas. */
public enum ParteDelRecurso {
    RECURRENTE,
    SUJETO_OBLIGADO
}
