package mx.pnt.projections.catalogo;

/** One entry of the catalog, with its history. */
public record EntradaPorId(String tipo, String id) {
}
