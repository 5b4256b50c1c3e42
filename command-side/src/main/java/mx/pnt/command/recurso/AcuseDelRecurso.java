package mx.pnt.command.recurso;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the platform answers to a recurso registered: its folio and número descriptivo, the reception in the
 * garante's zone, the legal presentation date and the deadline to resolve (Septuagésimo sexto).
 */
public record AcuseDelRecurso(String folio, String numeroDescriptivo, LocalDateTime recibidoEn, String zonaHoraria,
                              LocalDate fechaDePresentacion, LocalDate vencimientoParaInterponer,
                              LocalDate vencimientoParaResolver) {
}
