package mx.pnt.command.solicitud;

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
 */
public record ResponderSolicitud(@TargetAggregateIdentifier String folio, TipoDeRespuesta tipo, String respuesta,
                                 List<ModalidadDeEntrega> modalidadesOfrecidas, String justificacionDeModalidad,
                                 ResolucionDelComite resolucionDelComite, List<String> sujetosObligadosCompetentes,
                                 FuenteDeInformacionPublica fuente) {
}
