package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.plazos.InstanteLegal;

import java.util.List;

/**
 * Alegatos y pruebas of a party within the seven días after the admisión, or an alcance to them while the plazo
 * runs (Octogésimo séptimo): with every document the party wishes. Received by another medium, the garante uploads
 * them with the day they were received.
 *
 * @param alcance     whether the party had already presented alegatos (then this is an alcance)
 * @param recibido    when they were received (declared by the garante when they came by another medium)
 * @param porOtroMedio whether the garante uploaded them
 * @param usuario     who recorded them
 */
@Revision("1")
public record AlegatosPresentados(String folio, ParteDelRecurso parte, boolean alcance, String alegatos,
                                  List<DocumentoAdjunto> anexos, InstanteLegal recibido, InstanteLegal registradoEn,
                                  boolean porOtroMedio, String usuario) {

    public AlegatosPresentados {
        anexos = anexos == null ? List.of() : List.copyOf(anexos);
    }
}
