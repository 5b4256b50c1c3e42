package mx.pnt.command.errores;

/**
 * What a refused command carries back to the HTTP edge, also across Axon Server (which only ships the message
 * and these details): the HTTP status it maps to and a stable code.
 */
public record ProblemaDeDominio(int status, String codigo, String titulo) {
}
