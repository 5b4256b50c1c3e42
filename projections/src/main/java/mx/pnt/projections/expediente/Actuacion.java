package mx.pnt.projections.expediente;

import mx.pnt.events.documento.DocumentoAdjunto;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One actuación of an expediente: one recorded event.
 *
 * @param folio        the procedure it belongs to (an accumulated recurso's own folio)
 * @param secuencia    its place in that procedure's record, from 0
 * @param tipo         the event, e.g. SolicitudPresentada
 * @param descripcion  the same in words
 * @param registradaEn when the platform recorded it
 * @param fechaLegal   the legal date and time the actuación carries, as observed in its zone; null when it carries
 *                     none
 * @param usuario      who acted (the platform's own account for what a policy did)
 * @param causadaPor   for an act of the platform, the account whose act caused it
 * @param plazos       the deadlines it fixed or moved, each with its proof
 * @param detalle      the event as recorded: personal data included, so shown only to those entitled
 */
public record Actuacion(String folio, long secuencia, String tipo, String descripcion, Instant registradaEn,
                        LocalDateTime fechaLegal, String zona, String desfase, String usuario, String rol,
                        String causadaPor, List<DocumentoAdjunto> documentos, List<PlazoDelExpediente> plazos,
                        Object detalle) {

    /** The same actuación without what only those entitled see: the record itself and who the people are. */
    public Actuacion sinDatosPersonales() {
        boolean delSistema = "SISTEMA".equals(rol);
        return new Actuacion(folio, secuencia, tipo, descripcion, registradaEn, fechaLegal, zona, desfase,
                delSistema ? usuario : null, rol, null, documentos, plazos, null);
    }
}
