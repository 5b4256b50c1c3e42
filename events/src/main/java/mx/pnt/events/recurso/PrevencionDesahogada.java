package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.plazos.InstanteLegal;

import java.util.List;

/**
 * The recurrente answered the prevención: in the Plataforma, or by another medium and uploaded by the garante with
 * the day it was received (Octogésimo sexto, last paragraph). Whether in time and form the garante decides.
 *
 * @param recibido when it was received (declared by the garante when it came by another medium)
 * @param enTiempo whether it came within the plazo de desahogo
 */
@Revision("1")
public record PrevencionDesahogada(String folio, String desahogo, List<DocumentoAdjunto> anexos,
                                   InstanteLegal recibido, InstanteLegal registradoEn, boolean enTiempo) {

    public PrevencionDesahogada {
        anexos = anexos == null ? List.of() : List.copyOf(anexos);
    }
}
