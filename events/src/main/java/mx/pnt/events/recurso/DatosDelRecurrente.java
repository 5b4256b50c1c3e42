package mx.pnt.events.recurso;

import mx.pnt.events.solicitud.MedioDeNotificacion;

/**
 * Who recurs and where they are notified (Septuagésimo tercero, 2; LGTAIP 2025, art. 146 II). Personal data: it
 * never reaches public tracking. Through the Plataforma (or by correo electrónico) an act is notified at once with
 * its acuse; in any other medium it waits "pendiente de notificar al recurrente" (Octogésimo quinto).
 *
 * @param nombre            the recurrente's name; optional (art. 147: no prevención for the name)
 * @param representante     their representative, if any
 * @param terceroInteresado the third party concerned, if any
 * @param medioDeNotificacion where they are notified
 * @param domicilioOMedio   the address or e-mail for that medium; null for the Plataforma or estrados
 */
public record DatosDelRecurrente(String nombre, String representante, String terceroInteresado,
                                 MedioDeNotificacion medioDeNotificacion, String domicilioOMedio) {

    /** Notified the moment an act is recorded: in the Plataforma, or by e-mail sent from it (Octogésimo quinto). */
    public boolean notificacionInmediata() {
        return medioDeNotificacion == null || medioDeNotificacion == MedioDeNotificacion.PLATAFORMA
                || medioDeNotificacion == MedioDeNotificacion.CORREO_ELECTRONICO;
    }
}
