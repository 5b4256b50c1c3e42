package mx.pnt.command.solicitud;

/** Issues unique folios (Lineamientos, Cuadragésimo noveno: the SISAI assigns a unique folio to each solicitud). */
public interface GeneradorDeFolios {

    /**
     * @param claveSujetoObligado six digits
     * @param anio                the year of the legal reception date
     * @return a 15-digit folio: the sujeto obligado's key, the two-digit year and a 7-digit consecutive
     */
    String siguiente(String claveSujetoObligado, int anio);
}
