package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.plazos.InstanteLegal;

import java.util.List;

/**
 * The sujeto obligado reports how it complied with the resolución, with its proof (Nonagésimo sexto; LGTAIP 2025,
 * art. 156).
 *
 * @param enPlazo whether it came within the plazo to comply
 */
@Revision("1")
public record CumplimientoInformado(String folio, String informe, List<DocumentoAdjunto> anexos,
                                    InstanteLegal informadoEn, boolean enPlazo) {

    public CumplimientoInformado {
        anexos = anexos == null ? List.of() : List.copyOf(anexos);
    }
}
