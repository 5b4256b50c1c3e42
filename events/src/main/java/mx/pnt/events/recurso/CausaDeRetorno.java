package mx.pnt.events.recurso;

/** Why a recurso returns to another ponente (Octogésimo segundo). */
public enum CausaDeRetorno {
    EXCUSA,
    RECUSACION
}
