package mx.pnt.projections.particular;

import java.util.List;

public record PaginaDeFolios(long total, int pagina, int tamano, List<ElementoDeFolios> elementos) {
}
