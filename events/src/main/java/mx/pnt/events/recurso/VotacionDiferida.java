package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * The vote of the resolución was deferred ("diferido", Nonagésimo cuarto): a new version is listed and voted later.
 *
 * @param fechaDeSesion the session in which it was deferred
 */
@Revision("1")
public record VotacionDiferida(String folio, LocalDate fechaDeSesion, String motivo, InstanteLegal registradaEn) {
}
