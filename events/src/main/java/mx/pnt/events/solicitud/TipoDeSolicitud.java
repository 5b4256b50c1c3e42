package mx.pnt.events.solicitud;

import mx.pnt.plazos.reglas.Materia;

/**
 * What the solicitud asks for: access to public information (LGTAIP 2025) or one of the rights over one's own
 * personal data, ARCO and portabilidad (LGPDPPSO 2025, arts. 36 to 45). The materia decides the law, and so every
 * plazo of the procedure.
 */
public enum TipoDeSolicitud {
    ACCESO_A_LA_INFORMACION(Materia.ACCESO_A_LA_INFORMACION),
    ACCESO_A_DATOS_PERSONALES(Materia.DATOS_PERSONALES),
    RECTIFICACION(Materia.DATOS_PERSONALES),
    CANCELACION(Materia.DATOS_PERSONALES),
    OPOSICION(Materia.DATOS_PERSONALES),
    PORTABILIDAD(Materia.DATOS_PERSONALES);

    private final Materia materia;

    TipoDeSolicitud(Materia materia) {
        this.materia = materia;
    }

    public Materia materia() {
        return materia;
    }
}
