package mx.pnt.projections.acuerdos;

import java.util.List;

/**
 * The acuerdos of one recurso, in the order they were adopted, with the parties the read side needs to decide who
 * sees what: drafts only the garante, emitted acuerdos the parties too.
 */
public record ExpedienteDeAcuerdos(String folio, String numeroDescriptivo, String garanteId, String sujetoObligadoId,
                                   String sujetoObligado, String usuarioRecurrente, List<AcuerdoLeido> acuerdos) {
}
