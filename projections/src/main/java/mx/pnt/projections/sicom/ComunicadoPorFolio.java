package mx.pnt.projections.sicom;

/** One comunicado or actuación of the SICOM by its folio. */
public record ComunicadoPorFolio(String folio) {
}
