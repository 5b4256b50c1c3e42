package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * "Listar" (Nonagésimo tercero): the proyecto de resolución, ready to be voted, is loaded; a later version after a
 * deferred vote is listed again.
 *
 * @param version                the proyecto's version, from 1
 * @param vencimientoParaResolver the deadline it had to be listed by (with the ampliación, if any)
 * @param enPlazo                whether it was listed within the plazo to resolve (a late listing is recorded as
 *                               late, not refused: the recurso must still be resolved)
 */
@Revision("1")
public record RecursoListado(String folio, int version, DocumentoAdjunto proyecto, InstanteLegal listadoEn,
                             LocalDate vencimientoParaResolver, boolean enPlazo) {
}
