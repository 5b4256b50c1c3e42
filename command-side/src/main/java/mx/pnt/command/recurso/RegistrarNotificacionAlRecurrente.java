package mx.pnt.command.recurso;

import mx.pnt.command.solicitud.ResponderSolicitud;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The garante records the date it notified an acuerdo "pendiente de notificar al recurrente" (Octogésimo quinto),
 * with the document that proves it (Septuagésimo primero).
 */
public record RegistrarNotificacionAlRecurrente(@TargetAggregateIdentifier String folio, AcuerdoDelRecurso acuerdo,
                                                Instant practicadaEn, ResponderSolicitud.Anexo constancia) {
}
