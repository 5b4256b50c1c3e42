package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;
import java.util.List;

/**
 * The resolución votada (Nonagésimo cuarto), with its final version loaded: tema, fecha de votación, sentido, engrose,
 * votos, recusaciones, excusas and retorno. Modifica and revoca name the días to comply (Nonagésimo quinto); the
 * plazo runs from the notification to the sujeto obligado.
 *
 * @param diasParaCumplir   the días to comply, for modifica and revoca; null otherwise
 * @param fundamentoDelPlazo the article the días rest on
 * @param motivosDelPlazo   why the días exceed what the law fixes, when they do (LGTAIP 2025, art. 154)
 * @param revisionDelPleno  the revision of the pleno the votes were checked against
 * @param enPlazo           whether it was voted within the plazo to resolve (with its ampliación)
 */
@Revision("1")
public record ResolucionVotada(String folio, String tema, LocalDate fechaDeVotacion, SentidoDeLaResolucion sentido,
                               boolean conEngrose, List<VotoDeComisionado> votos, List<String> recusados,
                               List<String> excusados, boolean retorno, Integer diasParaCumplir,
                               String fundamentoDelPlazo, String motivosDelPlazo, DocumentoAdjunto versionFinal,
                               long revisionDelPleno, InstanteLegal registradaEn, boolean enPlazo) {

    public ResolucionVotada {
        votos = votos == null ? List.of() : List.copyOf(votos);
        recusados = recusados == null ? List.of() : List.copyOf(recusados);
        excusados = excusados == null ? List.of() : List.copyOf(excusados);
    }
}
