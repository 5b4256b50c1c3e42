package mx.pnt.projections.plazos;

/** Query: the running plazos of one folio, each with its Computo. */
public record PlazosPorFolio(String folio) {
}
