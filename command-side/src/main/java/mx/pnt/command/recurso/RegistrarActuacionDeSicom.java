package mx.pnt.command.recurso;

import mx.pnt.events.recurso.AcuerdoDelRecurso;
import mx.pnt.plazos.InstanteLegal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The platform records in the recurso an actuación of it that travelled through the SICOM, once its destinatario
 * confirmed the reading (Centésimo trigésimo quinto, Centésimo trigésimo sexto). Sent by the SICOM's policy only.
 */
public record RegistrarActuacionDeSicom(@TargetAggregateIdentifier String folio, String comunicado,
                                        String numeroDeTransaccion, String tipo,
                                        AcuerdoDelRecurso acuerdoNotificado, InstanteLegal enviadaEn,
                                        InstanteLegal leidaEn, String lector, String leyenda) {
}
