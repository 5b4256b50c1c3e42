package mx.pnt.command.catalogo;

/** What a command needs to know of a sujeto obligado: its folio key, its name and its garante. */
public record FichaDelSujetoObligado(String sujetoObligadoId, String clave, String nombre, String garanteId) {
}
