package mx.pnt.projections.acuerdos;

/** The acuerdos of a recurso, with whose it is; empty when no recurso has that folio. */
public record AcuerdosDelRecurso(String folio) {
}
