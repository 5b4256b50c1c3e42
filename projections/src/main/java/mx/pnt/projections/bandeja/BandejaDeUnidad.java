package mx.pnt.projections.bandeja;

/**
 * The open solicitudes of one sujeto obligado, most urgent first (earliest deadline; a plazo suspended "hasta nuevo
 * aviso" last), one page.
 *
 * @param pagina from 0
 * @param tamano elements per page
 */
public record BandejaDeUnidad(String sujetoObligadoId, int pagina, int tamano) {
}
