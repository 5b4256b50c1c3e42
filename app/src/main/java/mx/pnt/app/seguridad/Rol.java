package mx.pnt.app.seguridad;

/** Roles of the platform; each account is scoped to its garante or sujeto obligado where the role requires it. */
public enum Rol {
    SOLICITANTE,
    UNIDAD_TRANSPARENCIA,
    GARANTE,
    COMISIONADO,
    AUDITOR,
    ANALISTA,
    ADMIN
}
