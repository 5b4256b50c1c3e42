package mx.pnt.events.catalogo;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The catalog's owner changed a sujeto obligado's name (Centésimo vigésimo octavo): what each procedure recorded
 * before keeps the old name; every later one uses this.
 *
 * @param revision the entry's revision, 1 being its registration
 */
@Revision("1")
public record SujetoObligadoActualizado(String sujetoObligadoId, String nombre, String motivo, long revision,
                                        InstanteLegal registradoEn) {
}
