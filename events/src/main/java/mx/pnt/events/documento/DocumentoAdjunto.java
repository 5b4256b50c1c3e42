package mx.pnt.events.documento;

/**
 * A document an actuación carries, as the event records it: the name it was given, the content type detected from
 * its bytes, its size and its SHA-256, which names the file in the platform's document store (outside the event
 * store). A court can check that the file it is shown is the one recorded.
 */
public record DocumentoAdjunto(String nombre, String tipoDeContenido, long tamano, String sha256) {
}
