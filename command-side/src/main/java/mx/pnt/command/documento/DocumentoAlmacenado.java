package mx.pnt.command.documento;

/** What the store knows of a file: everything about it follows from its bytes. */
public record DocumentoAlmacenado(String sha256, String tipoDeContenido, long tamano) {
}
