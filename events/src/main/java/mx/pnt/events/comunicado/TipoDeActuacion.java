package mx.pnt.events.comunicado;

/**
 * The actuaciones the SICOM carries, each in one direction: the notifications of the organismo garante to the sujeto
 * obligado in the medios de impugnación (Centésimo trigésimo quinto) and the dictamen of a verification (Centésimo
 * décimo noveno); the promociones of the sujeto obligado to the garante (Centésimo trigésimo sexto).
 */
public enum TipoDeActuacion {
    ACUERDO_DE_ADMISION(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción I"),
    ACUERDO_DE_ACUMULACION(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción II"),
    REQUERIMIENTO_DE_INFORMACION(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción III"),
    ACUERDO_DE_CIERRE_DE_INSTRUCCION(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción IV"),
    CITACION_A_AUDIENCIA_DE_ACCESO(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción V"),
    CITACION_A_AUDIENCIA(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción VI"),
    RESOLUCION(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción VII"),
    OTRO_ACUERDO(TipoDeParte.ORGANISMO_GARANTE, true, "Centésimo trigésimo quinto, fracción VIII"),
    DICTAMEN_DE_VERIFICACION(TipoDeParte.ORGANISMO_GARANTE, false, "Centésimo décimo noveno"),
    ALEGATOS(TipoDeParte.SUJETO_OBLIGADO, true, "Centésimo trigésimo sexto, fracción I"),
    ATENCION_DE_REQUERIMIENTO(TipoDeParte.SUJETO_OBLIGADO, true, "Centésimo trigésimo sexto, fracción II"),
    CONSTANCIA_DE_CUMPLIMIENTO(TipoDeParte.SUJETO_OBLIGADO, true, "Centésimo trigésimo sexto, fracción III"),
    OTRA_PROMOCION(TipoDeParte.SUJETO_OBLIGADO, true, "Centésimo trigésimo sexto, fracción IV");

    private final TipoDeParte remitente;
    private final boolean deUnRecurso;
    private final String fundamento;

    TipoDeActuacion(TipoDeParte remitente, boolean deUnRecurso, String fundamento) {
        this.remitente = remitente;
        this.deUnRecurso = deUnRecurso;
        this.fundamento = fundamento;
    }

    /** The kind of party that sends it. */
    public TipoDeParte remitente() {
        return remitente;
    }

    /** Whether it belongs to a medio de impugnación, and so names its recurso. */
    public boolean deUnRecurso() {
        return deUnRecurso;
    }

    /**
     * The actuación that carries the notification of an acuerdo of a recurso to the sujeto obligado (Centésimo
     * trigésimo quinto): the audiencia de acceso is the access to the classified information.
     */
    public static TipoDeActuacion paraNotificar(mx.pnt.events.recurso.AcuerdoDelRecurso acuerdo) {
        switch (acuerdo) {
            case ADMISION:
                return ACUERDO_DE_ADMISION;
            case ACUMULACION:
                return ACUERDO_DE_ACUMULACION;
            case CIERRE_DE_INSTRUCCION:
                return ACUERDO_DE_CIERRE_DE_INSTRUCCION;
            case ACCESO_A_INFORMACION_CLASIFICADA:
                return CITACION_A_AUDIENCIA_DE_ACCESO;
            case AUDIENCIA:
                return CITACION_A_AUDIENCIA;
            case RESOLUCION:
                return RESOLUCION;
            default:
                return OTRO_ACUERDO;
        }
    }

    /** The paragraph of the Lineamientos that provides for it. */
    public String fundamento() {
        return fundamento;
    }
}
