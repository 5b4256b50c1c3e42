package mx.pnt.events.recurso;

import mx.pnt.events.Revision;
import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.plazos.InstanteLegal;

import java.time.LocalDate;

/**
 * An acuerdo or the resolución notified to the sujeto obligado through the SIGEMI, which records it as its acuse and
 * shows it in the sujeto obligado's "Notificaciones" (Nonagésimo segundo, Nonagésimo cuarto). Recorded here as an
 * actuación of the recurso until SICOM carries it.
 *
 * @param fechaDeEfecto the día hábil it takes effect; the plazos it opens run from the next one
 * @param plazo         the plazo it opens: the cumplimiento of a resolución that modifica or revoca (Nonagésimo
 *                      quinto); null when none
 */
@Revision("2")
public record NotificacionAlSujetoObligadoPracticada(String folio, AcuerdoDelRecurso acuerdo, String sujetoObligadoId,
                                                      InstanteLegal practicadaEn, LocalDate fechaDeEfecto,
                                                      PlazoFijado plazo) {
}
