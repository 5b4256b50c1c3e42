package mx.pnt.projections.tablero;

import mx.pnt.plazos.reglas.Paso;

/** Who owes the next act of an item: whose plazo runs. */
public enum AcargoDe {
    SUJETO_OBLIGADO,
    SOLICITANTE,
    RECURRENTE,
    /** The ponencia of the comisionado the recurso was turned to. */
    PONENCIA,
    GARANTE;

    /** Of a solicitud's plazo: the particular's (desahogo, pago) or the sujeto obligado's. */
    static AcargoDe deLaSolicitud(String paso) {
        return esDelParticular(paso) ? SOLICITANTE : SUJETO_OBLIGADO;
    }

    /**
     * Of a recurso's plazo: the recurrente's (desahogo, alegatos), the sujeto obligado's (cumplimiento and its
     * informe, informe justificado) or the ponencia's (resolving).
     */
    static AcargoDe delRecurso(String paso) {
        if (esDelParticular(paso)) {
            return RECURRENTE;
        }
        return switch (paso) {
            case "CUMPLIMIENTO", "INFORME_CUMPLIMIENTO", "INFORME_JUSTIFICADO" -> SUJETO_OBLIGADO;
            default -> PONENCIA;
        };
    }

    private static boolean esDelParticular(String paso) {
        try {
            return Paso.valueOf(paso).titular() == Paso.Titular.PARTICULAR;
        } catch (IllegalArgumentException desconocido) {
            return false;
        }
    }
}
