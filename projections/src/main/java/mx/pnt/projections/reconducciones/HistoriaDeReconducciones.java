package mx.pnt.projections.reconducciones;

/** The reconducciones of one recurso, first to last; empty when the recurso is unknown. */
public record HistoriaDeReconducciones(String folio) {
}
