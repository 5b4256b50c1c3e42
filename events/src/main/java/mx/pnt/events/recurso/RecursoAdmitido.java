package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * Se admite (Octogésimo tercero, 2): the alegatos plazo starts (Octogésimo séptimo) and the resolution clock runs,
 * from the presentation or, after a prevención, from its desahogo (Octogésimo sexto).
 *
 * @param fechaDePresentacion the presentation date the law counts from (the desahogo's after a prevención)
 * @param plazoDeAlegatos     the parties' seven días for alegatos y pruebas
 * @param plazoParaResolver   the resolution clock
 */
@Revision("2")
public record RecursoAdmitido(String folio, InstanteLegal admitidoEn, LocalDate fechaDePresentacion,
                              PlazoFijado plazoDeAlegatos, PlazoFijado plazoParaResolver) {
}
