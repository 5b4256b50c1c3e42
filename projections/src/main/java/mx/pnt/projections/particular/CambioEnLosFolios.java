package mx.pnt.projections.particular;

/** A folio entered a person's "Mis folios": their live page reads it again. */
public record CambioEnLosFolios(String folio) {
}
