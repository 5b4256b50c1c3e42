package mx.pnt.projections.bandeja;

import java.util.List;

/** One page of a bandeja: the total of open solicitudes and the elements of the page asked. */
public record PaginaDeBandeja(long total, int pagina, int tamano, List<ElementoDeBandeja> elementos) {
}
