package mx.pnt.command.solicitud;

import java.util.List;

/**
 * One presentación of the same request to several sujetos obligados of any level: a solicitud múltiple
 * (Lineamientos, Cuadragésimo tercero; definición LX: at most 33). Each sujeto obligado gets its own solicitud and
 * folio; all are created or none.
 *
 * @param sujetosObligadosIds the sujetos obligados, each once
 * @param solicitud           the request, the same for all; its own {@code sujetoObligadoId} is ignored
 */
public record PresentarSolicitudMultiple(List<String> sujetosObligadosIds, PresentarSolicitud solicitud) {
}
