package mx.pnt.projections.bandeja;

/** A solicitud of a Unidad's bandeja changed, entered or left it: its live bandejas read their page again. */
public record CambioEnLaBandeja(String folio) {
}
