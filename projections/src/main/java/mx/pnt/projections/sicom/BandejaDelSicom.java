package mx.pnt.projections.sicom;

/** The apartados of the SICOM's tablero de control (Centésimo vigésimo quinto, fracciones I to IV). */
public enum BandejaDelSicom {
    ENVIO_DE_ACTUACIONES(true, "ACTUACION"),
    RECEPCION_DE_ACTUACIONES(false, "ACTUACION"),
    ENVIO_DE_COMUNICADOS(true, "COMUNICADO"),
    RECEPCION_DE_COMUNICADOS(false, "COMUNICADO");

    private final boolean envio;
    private final String clase;

    BandejaDelSicom(boolean envio, String clase) {
        this.envio = envio;
        this.clase = clase;
    }

    public boolean envio() {
        return envio;
    }

    public String clase() {
        return clase;
    }
}
