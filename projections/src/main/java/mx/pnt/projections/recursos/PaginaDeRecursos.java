package mx.pnt.projections.recursos;

import java.util.List;

/** One page of a board of recursos: the total that match and the elements of the page asked. */
public record PaginaDeRecursos(long total, int pagina, int tamano, List<ElementoDeBandejaDeRecursos> elementos) {
}
