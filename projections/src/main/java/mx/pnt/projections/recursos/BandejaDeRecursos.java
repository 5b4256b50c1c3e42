package mx.pnt.projections.recursos;

/**
 * The open recursos of one garante, or of one comisionado ponente of it, most urgent first, one page.
 *
 * @param ponenteId null for the garante's whole board
 * @param etapa     null for every etapa
 * @param pagina    from 0
 */
public record BandejaDeRecursos(String garanteId, String ponenteId, String etapa, int pagina, int tamano) {
}
