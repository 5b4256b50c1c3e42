package mx.pnt.events.plazo;

import mx.pnt.events.Revision;

/**
 * A running plazo moved because the calendar that governs it changed (a día inhábil declared or revoked, a
 * suspension decreed, also retroactively). Nothing recomputes silently: every move is this event, with its cause.
 *
 * @param expediente the folio of the procedure
 * @param causa      the calendar change, naming its agreement
 */
@Revision("1")
public record PlazoRecalculado(String expediente, String paso, PlazoFijado anterior, PlazoFijado nuevo,
                               String calendarioId, long revisionCalendario, String causa) {
}
