package mx.pnt.projections.tablero;

/**
 * Update of a live board: an item in its scope changed (or, with {@code pendiente} null, the garante's ranges did),
 * so the board is read again.
 */
public record CambioEnElTablero(String pendiente) {
}
