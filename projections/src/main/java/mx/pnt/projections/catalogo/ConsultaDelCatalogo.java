package mx.pnt.projections.catalogo;

/**
 * The entries of one kind, by name; with {@code conBajas} also those that left the catalog.
 *
 * @param tipo SUJETO_OBLIGADO or ORGANISMO_GARANTE
 */
public record ConsultaDelCatalogo(String tipo, boolean conBajas) {
}
