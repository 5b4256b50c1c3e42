package mx.pnt.events.catalogo;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The catalog's owner changed an organismo garante's name (Centésimo vigésimo octavo), e.g. when a new law gives
 * it another.
 *
 * @param revision the entry's revision, 1 being its registration
 */
@Revision("1")
public record OrganismoGaranteActualizado(String garanteId, String nombre, String motivo, long revision,
                                          InstanteLegal registradoEn) {
}
