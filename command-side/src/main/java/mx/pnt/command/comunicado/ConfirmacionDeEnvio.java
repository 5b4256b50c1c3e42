package mx.pnt.command.comunicado;

import mx.pnt.events.comunicado.ClaseDeComunicado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDateTime;

/**
 * The window the sender is shown once the form is sent (Centésimo vigésimo noveno): "El comunicado ha sido enviado"
 * or "La actuación ha sido enviada", the date and time, and the notice that the acuse comes when the destinatario
 * receives it. Printable as PDF from the read side.
 */
public record ConfirmacionDeEnvio(String folio, String numeroDeTransaccion, ClaseDeComunicado clase, String leyenda,
                                  LocalDateTime enviadoEn, String zonaHoraria, String desfaseUtc, String aviso) {

    static ConfirmacionDeEnvio de(String folio, String numeroDeTransaccion, ClaseDeComunicado clase,
                                  InstanteLegal enviadoEn) {
        return new ConfirmacionDeEnvio(folio, numeroDeTransaccion, clase, clase.leyendaDeEnvio(), enviadoEn.local(),
                enviadoEn.zona(), enviadoEn.offset().getId(), clase.avisoDeAcuse());
    }
}
