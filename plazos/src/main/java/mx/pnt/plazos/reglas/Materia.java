package mx.pnt.plazos.reglas;

/** The two regimes of the platform, each with its own general law. */
public enum Materia {
    ACCESO_A_LA_INFORMACION,
    DATOS_PERSONALES
}
