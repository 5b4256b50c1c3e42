package mx.pnt.projections.tablero;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of a board on {@code fecha}.
 *
 * @param total    items in the scope and filters, the colour filter included
 * @param conteos  items per colour in the scope and the other filters (ROJO, AMARILLO, VERDE, SUSPENDIDO, SIN_PLAZO)
 * @param rangos   the ranges each garante on the page had in force that day
 */
public record PaginaDelTablero(LocalDate fecha, long total, int pagina, int tamano, Map<String, Long> conteos,
                               List<RangosAplicados> rangos, List<ElementoDelTablero> elementos) {

    /**
     * @param vigenteDesde null when the garante fixed none and the platform's default applied
     */
    public record RangosAplicados(String garanteId, int verdeMasDe, int amarilloDesde, LocalDate vigenteDesde,
                                  Long revision) {
    }
}
