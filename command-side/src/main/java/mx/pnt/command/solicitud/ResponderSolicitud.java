package mx.pnt.command.solicitud;

import mx.pnt.events.solicitud.Costos;
import mx.pnt.events.solicitud.FuenteDeInformacionPublica;
import mx.pnt.events.solicitud.ModalidadDeEntrega;
import mx.pnt.events.solicitud.ResolucionDelComite;
import mx.pnt.events.solicitud.TipoDeRespuesta;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Answer the solicitud and notify the answer (Sexagésimo to Sexagésimo séptimo).
 *
 * @param modalidadesOfrecidas        the modalities the information is offered in; empty means the one chosen
 * @param justificacionDeModalidad    required when the chosen modality is not offered (Sexagésimo quinto)
 * @param resolucionDelComite         required for an inexistence, a classification or an incompetence after the
 *                                    three días
 * @param sujetosObligadosCompetentes for an incompetence, or a partial delivery that points to others
 * @param fuente                      required for information already public
 * @param anexos                      documents already uploaded to the document store, each with the name to show
 * @param costos                      when access is granted upon payment (a delivery only); null when free
 */
public record ResponderSolicitud(@TargetAggregateIdentifier String folio, TipoDeRespuesta tipo, String respuesta,
                                 List<ModalidadDeEntrega> modalidadesOfrecidas, String justificacionDeModalidad,
                                 ResolucionDelComite resolucionDelComite, List<String> sujetosObligadosCompetentes,
                                 FuenteDeInformacionPublica fuente, List<Anexo> anexos, Costos costos) {

    /** Without attachments. */
    public ResponderSolicitud(String folio, TipoDeRespuesta tipo, String respuesta,
                              List<ModalidadDeEntrega> modalidadesOfrecidas, String justificacionDeModalidad,
                              ResolucionDelComite resolucionDelComite, List<String> sujetosObligadosCompetentes,
                              FuenteDeInformacionPublica fuente) {
        this(folio, tipo, respuesta, modalidadesOfrecidas, justificacionDeModalidad, resolucionDelComite,
                sujetosObligadosCompetentes, fuente, List.of(), null);
    }

    /** A document of the store by its SHA-256, and the name it is shown with. */
    public record Anexo(String sha256, String nombre) {
    }
}
