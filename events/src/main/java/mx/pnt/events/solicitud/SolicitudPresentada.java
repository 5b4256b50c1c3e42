package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * A solicitud de acceso was received and got its folio; the acuse de recibo is derived from this fact.
 *
 * @param recibida              the legal instant of reception as observed in the garante's zone
 * @param fechaRecepcionLegal   the día hábil the solicitud counts as received (Cuadragésimo noveno, last paragraph);
 *                              null while a suspension "hasta nuevo aviso" covers the reception
 * @param plazoDeRespuesta      the response deadline (Quincuagésimo primero)
 */
@Revision("2")
public record SolicitudPresentada(String folio, String sujetoObligadoId, String sujetoObligadoNombre,
                                  String garanteId, MedioDePresentacion medio, String descripcion,
                                  ModalidadDeEntrega modalidadDeEntrega,
                                  MedioDeNotificacion medioDeNotificacion, DatosDelSolicitante solicitante,
                                  InstanteLegal recibida, LocalDate fechaRecepcionLegal,
                                  PlazoFijado plazoDeRespuesta) {

    /**
     * The year the folio carries: the legal reception's or, while that waits on a suspension "hasta nuevo aviso",
     * the year of the reception itself.
     */
    public int anioDelFolio() {
        return (fechaRecepcionLegal != null ? fechaRecepcionLegal : recibida.fechaLocal()).getYear();
    }
}
