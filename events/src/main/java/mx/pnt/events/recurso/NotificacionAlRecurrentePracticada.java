package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * An acuerdo "pendiente de notificar al recurrente" was notified in the medium the recurrente named, and the
 * organismo garante records the date (Octogésimo quinto); the document that proves it goes to the acuses
 * (Septuagésimo primero).
 *
 * @param practicadaEn  when it was practised, as the garante declares it
 * @param fechaDeEfecto the día hábil it takes effect; the plazos it opens run from the next one
 * @param constancia    the proof of the notification (required: Septuagésimo primero)
 * @param plazo         the plazo it opens (the desahogo of a prevención); null when none
 */
@Revision("2")
public record NotificacionAlRecurrentePracticada(String folio, AcuerdoDelRecurso acuerdo, MedioDeNotificacion medio,
                                                 InstanteLegal practicadaEn, LocalDate fechaDeEfecto,
                                                 InstanteLegal registradaEn, DocumentoAdjunto constancia,
                                                 PlazoFijado plazo) {
}
