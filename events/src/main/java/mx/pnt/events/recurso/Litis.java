package mx.pnt.events.recurso;

/**
 * The litis the organismo garante chooses in the Ficha del Recurso (Lineamientos, Septuagésimo octavo): one of the
 * fourteen causales, or the fifteenth option, "se desecha", for a recurso notoriamente improcedente. The causales
 * follow LGTAIP 2025, art. 145 (fracciones I to XIII) plus "diversos agravios".
 */
public enum Litis {
    CLASIFICACION(1, "La clasificación de la información"),
    INEXISTENCIA(2, "La declaración de la inexistencia de información"),
    INCOMPETENCIA(3, "La declaración de incompetencia por el sujeto obligado"),
    INFORMACION_INCOMPLETA(4, "La entrega de la información incompleta"),
    INFORMACION_QUE_NO_CORRESPONDE(5, "La entrega de información que no corresponda con lo solicitado"),
    FALTA_DE_RESPUESTA(6, "La falta de respuesta a una solicitud dentro de los plazos establecidos en la ley"),
    MODALIDAD_DISTINTA(7, "La notificación, entrega o puesta a disposición de información en una modalidad o "
            + "formato distinto al solicitado"),
    FORMATO_INCOMPRENSIBLE(8, "La entrega o puesta a disposición de información en un formato incomprensible y/o no "
            + "accesible"),
    COSTOS_O_TIEMPOS(9, "Los costos o tiempos de entrega de la información"),
    FALTA_DE_TRAMITE(10, "La falta de trámite a una solicitud"),
    NEGATIVA_DE_CONSULTA_DIRECTA(11, "La negativa a permitir la consulta directa de la información"),
    FALTA_DE_FUNDAMENTACION(12, "La falta, deficiencia o insuficiencia de la fundamentación y/o motivación en la "
            + "respuesta"),
    ORIENTACION_A_TRAMITE(13, "La orientación a un trámite específico"),
    DIVERSOS_AGRAVIOS(14, "Diversos agravios"),
    SE_DESECHA(15, "Se desecha, no cumple con lo establecido en la ley");

    private final int numero;
    private final String descripcion;

    Litis(int numero, String descripcion) {
        this.numero = numero;
        this.descripcion = descripcion;
    }

    public int numero() {
        return numero;
    }

    public String descripcion() {
        return descripcion;
    }
}
