package mx.pnt.projections.sicom;

/**
 * A page of one bandeja of a party, newest first.
 *
 * @param tipoDeParte SUJETO_OBLIGADO or ORGANISMO_GARANTE
 * @param soloNoLeidos only what still waits for its reading
 */
public record ConsultaDeBandejaDelSicom(BandejaDelSicom bandeja, String tipoDeParte, String parteId,
                                       boolean soloNoLeidos, int pagina, int tamano) {
}
