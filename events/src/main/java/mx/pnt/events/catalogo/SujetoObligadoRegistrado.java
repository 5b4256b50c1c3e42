package mx.pnt.events.catalogo;

import mx.pnt.events.Revision;

/**
 * A sujeto obligado joined the catalog under its garante.
 *
 * @param clave the six-digit key that opens every folio of its solicitudes
 */
@Revision("1")
public record SujetoObligadoRegistrado(String sujetoObligadoId, String clave, String nombre, String garanteId) {
}
