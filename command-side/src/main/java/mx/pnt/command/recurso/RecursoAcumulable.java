package mx.pnt.command.recurso;

import java.time.Instant;

/**
 * What a recurso reads of another to ask for its acumulación (Octogésimo octavo), from the command-side lookup:
 * its garante, parties, reception, ponente, whether it is still open, and the revision read.
 */
public record RecursoAcumulable(String folio, String garanteId, String sujetoObligadoId, String usuarioRecurrente,
                                Instant recibido, long consecutivo, String ponenteId, boolean abierto,
                                long revision) {
}
