package mx.pnt.events.comunicado;

import mx.pnt.events.Revision;
import mx.pnt.plazos.InstanteLegal;

/**
 * The catalog's owner identified the destinatario the remitente typed in as "otros" (Centésimo vigésimo séptimo,
 * fracción VII; Centésimo vigésimo octavo): from now on it is in that party's bandeja, which confirms its reading.
 *
 * @param destinatario the catalog's entry, with its name then; {@code otros} stays true: the remitente typed it
 * @param nombreEscrito the name the remitente typed, kept as it was
 */
@Revision("1")
public record DestinatarioIdentificado(String folio, ParteDelComunicado destinatario, String nombreEscrito,
                                       InstanteLegal identificadoEn) {
}
