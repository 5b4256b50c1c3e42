package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;
import java.util.List;

/**
 * The solicitud was answered and the answer notified: the procedure ends, and the solicitante's plazo to file a
 * recurso de revisión starts (Lineamientos, Sexagésimo séptimo; LGTAIP 2025, art. 144).
 *
 * @param respuesta                  the text of the answer
 * @param modalidadElegida           the modality the solicitante chose at presentation
 * @param modalidadesOfrecidas       the modalities in which the information is offered; when the chosen one is not
 *                                   among them, {@code justificacionDeModalidad} says why (Sexagésimo quinto)
 * @param resolucionDelComite        the Comité's resolution where the kind requires one; null otherwise
 * @param sujetosObligadosCompetentes for an incompetence (total or of the rest): the competent ones, as named
 * @param fuente                     for information already public: where to consult it; null otherwise
 * @param fechaDeNotificacion        the día hábil the notification takes effect: the recurso plazo's trigger; null,
 *                                   with {@code plazoParaRecurrir}, when the solicitante named a medium other than the
 *                                   Plataforma: both come with the {@link NotificacionPracticada}
 * @param plazoAplicable             the plazo the answer was due within (the response plazo in force, or the three
 *                                   or five días of its kind), as it stood
 * @param enTiempo                   whether it came on or before that plazo's deadline
 * @param plazoParaRecurrir          the solicitante's plazo to file a recurso de revisión, stated in the notification
 * @param anexos                     the documents of the answer, each named by its SHA-256 in the document store
 */
@Revision("3")
public record SolicitudRespondida(String folio, TipoDeRespuesta tipo, String respuesta,
                                  ModalidadDeEntrega modalidadElegida, List<ModalidadDeEntrega> modalidadesOfrecidas,
                                  String justificacionDeModalidad, ResolucionDelComite resolucionDelComite,
                                  List<String> sujetosObligadosCompetentes, FuenteDeInformacionPublica fuente,
                                  InstanteLegal respondidaEn, LocalDate fechaDeNotificacion,
                                  PlazoFijado plazoAplicable, boolean enTiempo, PlazoFijado plazoParaRecurrir,
                                  List<DocumentoAdjunto> anexos) {

    public SolicitudRespondida {
        modalidadesOfrecidas = modalidadesOfrecidas == null ? List.of() : List.copyOf(modalidadesOfrecidas);
        sujetosObligadosCompetentes = sujetosObligadosCompetentes == null ? List.of()
                : List.copyOf(sujetosObligadosCompetentes);
        anexos = anexos == null ? List.of() : List.copyOf(anexos);
    }
}
