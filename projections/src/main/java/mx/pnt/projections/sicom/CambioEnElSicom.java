package mx.pnt.projections.sicom;

/** A comunicado of a party's bandejas was sent, read or identified: its live bandejas read their page again. */
public record CambioEnElSicom(String folio) {
}
