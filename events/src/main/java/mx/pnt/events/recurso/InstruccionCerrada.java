package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * Cierre de instrucción (Nonagésimo segundo): the plazo for alegatos y pruebas has run out and the garante has what
 * it needs to resolve. Notified to the sujeto obligado and to the recurrente.
 *
 * @param vencimientoDeAlegatos the last day of the alegatos, already past
 */
@Revision("1")
public record InstruccionCerrada(String folio, InstanteLegal cerradaEn, LocalDate vencimientoDeAlegatos) {
}
