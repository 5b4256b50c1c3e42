package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * The Unidad de Transparencia required the solicitante, once, to give further elements or correct the data
 * (Lineamientos, Quincuagésimo octavo; LGTAIP 2025, art. 130). The response plazo is interrupted from this act
 * until the desahogo.
 *
 * @param requerimiento      what the solicitante must clarify
 * @param parcial            the requerimiento concerns only part of the contents: without desahogo the solicitud
 *                           still stands for the rest (art. 130, last sentence; Quincuagésimo noveno, 2nd par.)
 * @param fechaDeEfecto      the día hábil the requerimiento takes effect (an act after hours or on an inhábil day
 *                           takes effect on the next one); null while a suspension "hasta nuevo aviso" holds it
 * @param plazoParaRequerir  the five días the law gives the Unidad to require, counted from the reception: the
 *                           proof that the requerimiento came in time
 * @param plazoDeDesahogo    the solicitante's time to answer (art. 130: up to ten días); null when the solicitante
 *                           named a medium other than the Plataforma: it opens with the {@link NotificacionPracticada}
 */
@Revision("2")
public record InformacionAdicionalRequerida(String folio, String requerimiento, boolean parcial,
                                            InstanteLegal requeridaEn,
                                            LocalDate fechaDeEfecto, PlazoFijado plazoParaRequerir,
                                            PlazoFijado plazoDeDesahogo) {
}
