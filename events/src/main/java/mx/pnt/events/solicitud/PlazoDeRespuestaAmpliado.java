package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * The response plazo was extended, once, by a resolution of the Comité de Transparencia notified before its
 * deadline (Lineamientos, Sexagésimo cuarto; LGTAIP 2025, art. 134). The ampliación is recorded in the plazo
 * itself, so every later recomputation replays it.
 *
 * @param motivos          the grounds (fundada y motivada)
 * @param fechaDeEfecto    the día hábil the notification of the ampliación takes effect, on or before the deadline
 * @param vencimientoPrevio the deadline in force when it was granted
 * @param plazoDeRespuesta the extended plazo
 */
@Revision("2")
public record PlazoDeRespuestaAmpliado(String folio, ResolucionDelComite resolucion, String motivos,
                                       InstanteLegal ampliadoEn, LocalDate fechaDeEfecto,
                                       LocalDate vencimientoPrevio, PlazoFijado plazoDeRespuesta) {
}
