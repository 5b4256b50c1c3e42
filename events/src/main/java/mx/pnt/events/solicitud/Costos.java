package mx.pnt.events.solicitud;

/**
 * What the information costs (LGTAIP 2025, art. 143; Lineamientos, Quincuagésimo): the materials of reproduction,
 * the certification where it applies, and the shipping; amounts in centavos of peso, so no rounding is ever
 * involved. The first twenty hojas simples are free; the Unidad may waive reproduction and shipping for the
 * solicitante's socioeconomic circumstances.
 *
 * @param hojas              pages reproduced
 * @param costoPorHoja       per page beyond the twenty free ones
 * @param certificacion      the certification, when the modality is copia certificada
 * @param envio              shipping, when the solicitante chose it
 * @param exencion           reproduction and shipping waived
 * @param motivoDeExencion   why, when waived
 */
public record Costos(int hojas, long costoPorHoja, long certificacion, long envio, boolean exencion,
                     String motivoDeExencion) {

    /** Hojas simples delivered free of charge (art. 143). */
    public static final int HOJAS_SIN_COSTO = 20;

    /** The total due, in centavos. */
    public long total() {
        long reproduccion = (long) Math.max(0, hojas - HOJAS_SIN_COSTO) * costoPorHoja;
        return exencion ? certificacion : reproduccion + certificacion + envio;
    }
}
