package mx.pnt.projections.sicom;

/** The actuaciones of the SICOM linked to a recurso, in the order they were sent. */
public record ActuacionesDeSicomDelRecurso(String recurso) {
}
