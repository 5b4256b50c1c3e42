package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.plazos.InstanteLegal;

import java.util.List;

/**
 * What the recurrente tells the organismo garante about the cumplimiento, through the "comunicaciones" of the
 * cumplimiento section, which stay open (Nonagésimo sexto, last paragraph). Received by another medium, the garante
 * uploads it with the day it was received.
 */
@Revision("1")
public record ManifestacionEnCumplimiento(String folio, String manifestacion, List<DocumentoAdjunto> anexos,
                                          InstanteLegal recibida, InstanteLegal registradaEn, boolean porOtroMedio,
                                          String usuario) {

    public ManifestacionEnCumplimiento {
        anexos = anexos == null ? List.of() : List.copyOf(anexos);
    }
}
