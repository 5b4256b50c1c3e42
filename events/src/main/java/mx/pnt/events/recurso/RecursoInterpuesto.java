package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.reglas.Materia;

import java.time.LocalDate;
import java.util.List;

/**
 * A recurso de revisión registered in the SIGEMI (Septuagésimo tercero to Septuagésimo séptimo), with the folio de
 * identificación that never changes and the número descriptivo that tells acceso from datos personales.
 *
 * @param consecutivo           the recurso's consecutive of its garante and year, shared by folio and número
 * @param via                   acceso a la información or datos personales: the law that governs it
 * @param folioDeSolicitud      the solicitud's folio as the recurrente gives it
 * @param revisionDeLaSolicitud the solicitud's event sequence the decision read; null for a folio that predates the
 *                              Plataforma, taken from the escrito
 * @param fechaDelActo          the day the respuesta was notified or known, or the deadline that ran out
 * @param recibido              the reception: the acceptance instant in the Plataforma, or the day and hour the
 *                              capturer declares (Septuagésimo cuarto)
 * @param registradoEn          the platform's own instant of the record
 * @param fechaDePresentacion   the legal presentation date: the reception's día hábil
 * @param plazoParaInterponer   the fifteen días it was filed within (art. 144), computed now from the act; null
 *                              while the respuesta still waits to be notified in another medium (none runs yet)
 * @param plazoDeCaptura        for a capture by the Unidad de Transparencia, the next día hábil it was due by
 *                              (Septuagésimo cuarto); null otherwise
 * @param capturaEnTiempo       whether that capture came by then; null without one. A late capture never harms the
 *                              recurrente: the resolution clock runs from the reception
 * @param plazoParaResolver     the resolution clock, from the presentation (Septuagésimo sexto)
 */
@Revision("2")
public record RecursoInterpuesto(String folio, String numeroDescriptivo, long consecutivo, String garanteId,
                                 String sujetoObligadoId, String sujetoObligadoNombre, Materia via,
                                 MedioDeInterposicion medio, String usuarioRecurrente, String folioDeSolicitud,
                                 Long revisionDeLaSolicitud, ActoImpugnado actoImpugnado, LocalDate fechaDelActo,
                                 String actoRecurrido, String razones, DatosDelRecurrente recurrente,
                                 DocumentoAdjunto respuestaImpugnada, List<DocumentoAdjunto> anexos,
                                 InstanteLegal recibido, InstanteLegal registradoEn, LocalDate fechaDePresentacion,
                                 PlazoFijado plazoParaInterponer, LocalDate plazoDeCaptura, Boolean capturaEnTiempo,
                                 PlazoFijado plazoParaResolver) {

    public RecursoInterpuesto {
        anexos = anexos == null ? List.of() : List.copyOf(anexos);
    }
}
