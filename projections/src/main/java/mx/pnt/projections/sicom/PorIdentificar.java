package mx.pnt.projections.sicom;

/** The comunicados whose destinatario, typed in as "otros", the administration has not identified yet. */
public record PorIdentificar() {
}
