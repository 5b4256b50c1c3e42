package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.SentidoDeLaResolucion;
import mx.pnt.events.recurso.SentidoDelVoto;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * The registro of the resolución votada (Nonagésimo cuarto), with its final version.
 *
 * @param diasParaCumplir for modifica and revoca, the días to comply (Nonagésimo quinto)
 * @param motivosDelPlazo why the días exceed what the law fixes (LGTAIP 2025, art. 154), when they do
 */
public record RegistrarResolucion(@TargetAggregateIdentifier String folio, String tema, LocalDate fechaDeVotacion,
                                  SentidoDeLaResolucion sentido, boolean conEngrose, List<Voto> votos,
                                  List<String> recusados, List<String> excusados, boolean retorno,
                                  Integer diasParaCumplir, String motivosDelPlazo,
                                  ResponderSolicitud.Anexo versionFinal) {

    /** One comisionado's vote. */
    public record Voto(String comisionadoId, SentidoDelVoto voto) {
    }
}
