package mx.pnt.events.plazo;

import mx.pnt.events.Revision;

import java.time.LocalDate;

/**
 * A running plazo moved because a calendar that governs it changed (a día inhábil declared or revoked, a
 * suspension decreed or lifted, also retroactively). Nothing recomputes silently: every move is this event, with
 * its cause. The new plazo records the calendar revisions it was computed with.
 *
 * @param expediente    the folio of the procedure
 * @param recepcionLegal the día hábil the procedure now counts as received, when the plazo runs from the reception
 *                      (a suspension covering the reception moves it too); null for plazos with another trigger,
 *                      and while a suspension "hasta nuevo aviso" holds the reception
 * @param causa         the calendar change, naming its agreement
 */
@Revision("3")
public record PlazoRecalculado(String expediente, String paso, PlazoFijado anterior, PlazoFijado nuevo,
                               LocalDate recepcionLegal, String causa) {
}
