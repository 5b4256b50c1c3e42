package mx.pnt.projections.sicom;

import mx.pnt.events.documento.DocumentoAdjunto;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A comunicado or actuación of the SICOM as its parties read it: the envío (Centésimo vigésimo séptimo), whether it
 * was read and its acuse (Centésimo trigésimo primero) and, for a requerimiento, its answers (Centésimo trigésimo
 * séptimo). Dates and times are local to the zone named next to them.
 *
 * @param leido      false while it waits for its reading: the bandeja marks it in red (Centésimo trigésimo)
 * @param atendido   of a requerimiento, whether an answer came; null for anything else
 * @param respuestas of a requerimiento, each answer with its reception and, once read, its viewing
 */
public record ComunicadoLeido(String folio, String numeroDeTransaccion, String clase, String tipo, Parte remitente,
                              Parte destinatario, String asunto, List<DocumentoAdjunto> adjuntos, String recurso,
                              String acuerdoNotificado, LocalDate fechaLimite, String enAtencionDe,
                              LocalDateTime enviadoEn, String zonaDeEnvio, String desfaseDeEnvio, boolean leido,
                              LocalDateTime leidoEn, String zonaDeLectura, String lector, String leyenda,
                              Boolean atendido, List<RespuestaAlRequerimiento> respuestas) {

    /** A party as recorded; {@code otros} when it was typed in instead of chosen from the catalog. */
    public record Parte(String tipo, String id, String nombre, boolean otros) {
    }
}
