package mx.pnt.events.recurso;

/** Why a recurso is desechado por improcedente (LGTAIP 2025, art. 158; LGPDPPSO 2025, art. 104). */
public enum CausalDeDesechamiento {
    /** Fracción I: filed after the fifteen días of art. 144. */
    EXTEMPORANEO,
    /** Fracción II: a recurso or medio de defensa of the recurrente is before the Poder Judicial. */
    EN_TRAMITE_JUDICIAL,
    /** Fracción III: none of the supuestos of art. 145. */
    SIN_SUPUESTO_DE_PROCEDENCIA,
    /** Fracción IV: the prevención was not desahogada as art. 147 requires (Octogésimo sexto, 2 to 4). */
    PREVENCION_NO_DESAHOGADA,
    /** Fracción V: it challenges the veracity of the information. */
    IMPUGNA_VERACIDAD,
    /** Fracción VI: it is a consulta. */
    CONSULTA,
    /** Fracción VII: the recurrente widens the solicitud, as to the new contents. */
    AMPLIA_LA_SOLICITUD,
    /** LGPDPPSO 2025, art. 104 II: identity or representation not proven. */
    IDENTIDAD_NO_ACREDITADA,
    /** LGPDPPSO 2025, art. 104 VII: no legal interest proven. */
    SIN_INTERES_JURIDICO
}
