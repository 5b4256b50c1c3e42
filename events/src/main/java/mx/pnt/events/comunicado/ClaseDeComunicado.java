package mx.pnt.events.comunicado;

/**
 * What the SICOM carries (Centésimo vigésimo séptimo): a comunicado, or an actuación of a procedure (a medio de
 * impugnación, a denuncia, a verification). Each goes to its own bandejas (Centésimo vigésimo quinto).
 */
public enum ClaseDeComunicado {
    COMUNICADO("el comunicado", "El comunicado ha sido enviado"),
    ACTUACION("la actuación", "La actuación ha sido enviada");

    private final String conArticulo;
    private final String leyendaDeEnvio;

    ClaseDeComunicado(String conArticulo, String leyendaDeEnvio) {
        this.conArticulo = conArticulo;
        this.leyendaDeEnvio = leyendaDeEnvio;
    }

    /** "el comunicado" or "la actuación", as the legend of the acuse says it (Centésimo trigésimo primero). */
    public String conArticulo() {
        return conArticulo;
    }

    /** The legend of the window shown once sent (Centésimo vigésimo noveno). */
    public String leyendaDeEnvio() {
        return leyendaDeEnvio;
    }

    /** The notice of that window: the acuse comes once the destinatario receives it. */
    public String avisoDeAcuse() {
        return "Una vez que el destinatario haya recibido " + conArticulo + ", se generará el acuse de recibo "
                + "correspondiente.";
    }
}
