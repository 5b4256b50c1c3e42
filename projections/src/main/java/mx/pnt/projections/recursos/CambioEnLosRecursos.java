package mx.pnt.projections.recursos;

/** A recurso of a garante's boards changed, entered or left them: its live boards read their page again. */
public record CambioEnLosRecursos(String folio) {
}
