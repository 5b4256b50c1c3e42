package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * The organismo garante amplía the plazo to resolve, once, by the días it names up to what the law allows
 * (Nonagésimo primero; LGTAIP 2025, art. 148): the días join the resolution clock's recorded steps, so every
 * recomputation replays them. Notified to both parties.
 *
 * @param vencimientoPrevio the deadline before the ampliación
 * @param plazoParaResolver the resolution clock with the ampliación
 */
@Revision("2")
public record PlazoParaResolverAmpliado(String folio, int dias, String motivos, InstanteLegal ampliadoEn,
                                        LocalDate vencimientoPrevio, PlazoFijado plazoParaResolver) {
}
