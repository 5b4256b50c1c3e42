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
 * @param plazoDeRespuesta      the response deadline (Quincuagésimo primero), under the law of its {@code tipo}
 * @param tipo                  acceso a la información, or an ARCO right or portabilidad
 * @param medioDeEntrada        how it reached the sujeto obligado (Cuadragésimo noveno); null for a manual capture
 *                              recorded before the platform asked (revision 2)
 * @param registradaEn          the platform's own instant of the record, beside the declared reception; null for
 *                              a manual capture recorded before revision 3
 * @param presentacion          the presentación that created it, named by the folio of its first solicitud: the
 *                              solicitudes of one solicitud múltiple share it (Cuadragésimo tercero); a solicitud
 *                              presented alone carries its own folio
 * @param accesibilidad         optional, kept apart from the request
 * @param estadisticos          optional, only for statistics
 */
@Revision("4")
public record SolicitudPresentada(String folio, String sujetoObligadoId, String sujetoObligadoNombre,
                                  String garanteId, MedioDePresentacion medio, String descripcion,
                                  ModalidadDeEntrega modalidadDeEntrega,
                                  MedioDeNotificacion medioDeNotificacion, DatosDelSolicitante solicitante,
                                  InstanteLegal recibida, LocalDate fechaRecepcionLegal,
                                  PlazoFijado plazoDeRespuesta, TipoDeSolicitud tipo, MedioDeEntrada medioDeEntrada,
                                  InstanteLegal registradaEn, String presentacion, DatosDeAccesibilidad accesibilidad,
                                  DatosEstadisticos estadisticos) {

    /**
     * The year the folio carries: the legal reception's or, while that waits on a suspension "hasta nuevo aviso",
     * the year of the reception itself.
     */
    public int anioDelFolio() {
        return (fechaRecepcionLegal != null ? fechaRecepcionLegal : recibida.fechaLocal()).getYear();
    }
}
