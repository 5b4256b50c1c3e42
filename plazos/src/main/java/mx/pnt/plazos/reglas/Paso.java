package mx.pnt.plazos.reglas;

/**
 * A step of a procedure that has a plazo. Which law grants how many días is data (see {@link CatalogoDeReglas});
 * what is fixed here is whose time the plazo is, because that decides which way a Ley Local may not move it
 * (Lineamientos, Cuarto: never "en perjuicio de los solicitantes").
 */
public enum Paso {
    RESPUESTA(Titular.AUTORIDAD),
    AMPLIACION_RESPUESTA(Titular.AUTORIDAD),
    ACUSE_SOLICITUD_MANUAL(Titular.AUTORIDAD),
    /**
     * Registering in the Plataforma a solicitud received by other means. Only a law that grants días has a row
     * (LGTAIP 2025, art. 125); without one, the Lineamientos' same-day rule applies (Cuadragésimo noveno).
     */
    REGISTRO_SOLICITUD_MANUAL(Titular.AUTORIDAD),
    REQUERIMIENTO_INFORMACION_ADICIONAL(Titular.AUTORIDAD),
    /** The requester's time to answer the requerimiento. */
    DESAHOGO_REQUERIMIENTO(Titular.PARTICULAR),
    NOTORIA_INCOMPETENCIA(Titular.AUTORIDAD),
    INFORMACION_PUBLICA(Titular.AUTORIDAD),
    /** The requester's time to pay the costs of reproduction. */
    PAGO_COSTOS(Titular.PARTICULAR),
    /** Minimum time the information stays available to the requester. */
    DISPONIBILIDAD_INFORMACION(Titular.PARTICULAR),
    /** Delivering the information once the payment is proven (Lineamientos, Sexagésimo sexto, last paragraph). */
    ENTREGA_INFORMACION(Titular.AUTORIDAD),
    INTERPONER_RECURSO_REVISION(Titular.PARTICULAR),
    /** The recurrente's time to cure the omissions of the recurso. */
    PREVENCION_RECURRENTE(Titular.PARTICULAR),
    ALEGATOS_Y_PRUEBAS(Titular.PARTICULAR),
    RESOLVER_RECURSO_REVISION(Titular.AUTORIDAD),
    AMPLIACION_RESOLUCION_REVISION(Titular.AUTORIDAD),
    CUMPLIMIENTO(Titular.AUTORIDAD),
    INFORME_CUMPLIMIENTO(Titular.AUTORIDAD),
    INTERPONER_RECURSO_INCONFORMIDAD(Titular.PARTICULAR),
    RESOLVER_RECURSO_INCONFORMIDAD(Titular.AUTORIDAD),
    AMPLIACION_RESOLUCION_INCONFORMIDAD(Titular.AUTORIDAD),
    INFORME_JUSTIFICADO(Titular.AUTORIDAD),
    ATRACCION_SEMAFORO(Titular.AUTORIDAD),
    ARCO_RESPUESTA(Titular.AUTORIDAD),
    ARCO_AMPLIACION(Titular.AUTORIDAD),
    ARCO_HACER_EFECTIVO(Titular.AUTORIDAD);

    /** Who must act within the plazo. */
    public enum Titular {
        /** The sujeto obligado or garante: a longer local plazo harms the requester. */
        AUTORIDAD,
        /** The requester or recurrente: a shorter local plazo harms them. */
        PARTICULAR
    }

    private final Titular titular;

    Paso(Titular titular) {
        this.titular = titular;
    }

    public Titular titular() {
        return titular;
    }

    /**
     * Whether a step (by its recorded name) is a solicitud's plazo to respond: RESPUESTA under the LGTAIP,
     * ARCO_RESPUESTA under the data-protection law. Its ampliación keeps the same step, with the días added.
     */
    public static boolean esDeRespuesta(String paso) {
        return RESPUESTA.name().equals(paso) || ARCO_RESPUESTA.name().equals(paso);
    }
}
