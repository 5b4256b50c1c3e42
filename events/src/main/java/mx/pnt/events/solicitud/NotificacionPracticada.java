package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.documento.DocumentoAdjunto;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;
import mx.pnt.plazos.reglas.Paso;

import java.time.LocalDate;
import java.util.List;

/**
 * The Unidad de Transparencia notified an act in the medium the solicitante named or, when that proved impossible,
 * by estrados (Lineamientos, Cuadragésimo noveno). A notification takes effect the day it is practised and the
 * plazos it opens run from the next día hábil (Cuadragésimo sexto); practised after hours or on an inhábil day, it
 * takes effect on the next día hábil, as a reception does. Through the Plataforma an act needs no such record: it is
 * notified the moment it is recorded.
 *
 * @param medioSenalado     the medium the solicitante named at presentation
 * @param medio             the medium it was practised in: the named one, or estrados
 * @param motivoDeEstrados  why the named medium failed; null when the notification was practised in it
 * @param practicadaEn      when it was practised, as the Unidad declares it (in the garante's zone)
 * @param fechaDeEfecto     the día hábil it takes effect; null while a suspension "hasta nuevo aviso" holds it
 * @param registradaEn      the platform's own instant of the record
 * @param constancia        the document that proves it (an acuse of the mail, the estrados' certification);
 *                          optional
 * @param vencimiento       the day it was due by (the response plazo's deadline for the respuesta, the deadline the
 *                          ampliación extends); null for an act without one
 * @param enTiempo          whether it was practised on or before {@code vencimiento}; null without one
 * @param plazos            the plazos it opens: the desahogo, or the recurso and then the payment or the
 *                          fifteen días to make an ARCO right effective
 */
@Revision("2")
public record NotificacionPracticada(String folio, ActoNotificado acto, MedioDeNotificacion medioSenalado,
                                     MedioDeNotificacion medio, String motivoDeEstrados, InstanteLegal practicadaEn,
                                     LocalDate fechaDeEfecto, InstanteLegal registradaEn,
                                     DocumentoAdjunto constancia, LocalDate vencimiento, Boolean enTiempo,
                                     List<PlazoFijado> plazos) {

    public NotificacionPracticada {
        plazos = plazos == null ? List.of() : List.copyOf(plazos);
    }

    /**
     * The plazo the procedure waits on after this notification (the desahogo, the payment, making an ARCO right
     * effective), if it opens one: any but the solicitante's plazo to file a recurso, which runs beside it.
     */
    public java.util.Optional<PlazoFijado> plazoEnCurso() {
        return plazos.stream().filter(p -> !p.paso().equals(Paso.INTERPONER_RECURSO_REVISION.name())).findFirst();
    }

    /** The plazo of one step among those it opens. */
    public java.util.Optional<PlazoFijado> plazo(String paso) {
        return plazos.stream().filter(p -> p.paso().equals(paso)).findFirst();
    }
}
