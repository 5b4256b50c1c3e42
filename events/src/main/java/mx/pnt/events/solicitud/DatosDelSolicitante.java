package mx.pnt.events.solicitud;

/**
 * Personal data of the solicitante. It lives only in the event and in access-controlled read models; the public
 * tracking of a folio never shows it. Identification is optional under the law (a seudónimo is allowed).
 */
public record DatosDelSolicitante(String nombreOSeudonimo, String correoElectronico) {
}
