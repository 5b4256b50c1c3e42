package mx.pnt.query.tablero;

import java.time.LocalDate;

/**
 * The query parameters of a board, bound by name; null ones do not restrict. {@code fecha} defaults to today,
 * {@code pagina} to 0 and {@code tamano} to 20.
 */
public record FiltrosDelTablero(LocalDate fecha, String clase, String color, String paso, String aCargoDe,
                                String sujetoObligado, String unidadAdministrativa, String ponente, String garante,
                                Integer pagina, Integer tamano) {

    int paginaPedida() {
        return pagina == null ? 0 : pagina;
    }

    int tamanoPedido() {
        return tamano == null ? 20 : tamano;
    }
}
