package mx.pnt.command.solicitud;

import mx.pnt.events.solicitud.ActoNotificado;
import mx.pnt.events.solicitud.MedioDeNotificacion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The Unidad de Transparencia records that it notified an act in the medium the solicitante named, or by estrados
 * when that was impossible (Lineamientos, Cuadragésimo noveno).
 *
 * @param medio            the medium it was practised in
 * @param practicadaEn     when it was practised
 * @param motivoDeEstrados why the named medium failed; only for a notification by estrados
 * @param constancia       the document that proves it, already in the document store; optional
 */
public record RegistrarNotificacion(@TargetAggregateIdentifier String folio, ActoNotificado acto,
                                    MedioDeNotificacion medio, Instant practicadaEn, String motivoDeEstrados,
                                    ResponderSolicitud.Anexo constancia) {
}
