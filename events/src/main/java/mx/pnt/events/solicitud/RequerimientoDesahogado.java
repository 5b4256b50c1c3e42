package mx.pnt.events.solicitud;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * The solicitante answered the requerimiento de información adicional in time. The response plazo starts again,
 * in full, the día hábil after the desahogo (Lineamientos, Quincuagésimo noveno; LGTAIP 2025, art. 130). A
 * desahogo after hours or on an inhábil day counts as made on the next día hábil (Cuadragésimo noveno by analogy;
 * LFPA, art. 28).
 *
 * @param desahogo         the solicitante's answer
 * @param fechaDeEfecto    the día hábil the desahogo counts as made: the restarted plazo's trigger
 * @param plazoDeDesahogo  the plazo it was made within, as it stood (the proof that it came in time)
 * @param plazoDeRespuesta the response plazo started again, with the interrupted one in its reinicio
 */
@Revision("2")
public record RequerimientoDesahogado(String folio, String desahogo, InstanteLegal desahogadoEn,
                                      LocalDate fechaDeEfecto, PlazoFijado plazoDeDesahogo,
                                      PlazoFijado plazoDeRespuesta) {
}
