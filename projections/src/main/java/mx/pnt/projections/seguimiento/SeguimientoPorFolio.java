package mx.pnt.projections.seguimiento;

/** Query: the public status of one folio. */
public record SeguimientoPorFolio(String folio) {
}
