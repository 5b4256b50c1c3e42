package mx.pnt.command.comunicado;

import java.time.LocalDateTime;

/**
 * The acuse the reading produces (Centésimo trigésimo primero): número de transacción, folio and the legend; the
 * asunto and the printable PDF are on the read side.
 */
public record AcuseDeLectura(String folio, String numeroDeTransaccion, String leyenda, LocalDateTime leidaEn,
                             String zonaHoraria) {
}
