package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.events.recurso.DatosDelRecurrente;
import mx.pnt.plazos.reglas.Materia;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of Septuagésimo tercero (LGTAIP 2025, art. 146). For a solicitud of the Plataforma the sujeto obligado,
 * the vía, the act and its date come from its record; the other fields serve a folio that predates the Plataforma,
 * captured from an escrito.
 *
 * @param recibidoEn the day and hour of reception, declared by the Unidad de Transparencia or the garante that
 *                   captures it (Septuagésimo cuarto); ignored when the recurrente files it in the Plataforma
 */
public record InterponerRecurso(String folioDeSolicitud, String sujetoObligadoId, Materia via,
                                ActoImpugnado actoImpugnado, LocalDate fechaDelActo, String actoRecurrido,
                                String razones, DatosDelRecurrente recurrente,
                                ResponderSolicitud.Anexo respuestaImpugnada, List<ResponderSolicitud.Anexo> anexos,
                                Instant recibidoEn) {
}
