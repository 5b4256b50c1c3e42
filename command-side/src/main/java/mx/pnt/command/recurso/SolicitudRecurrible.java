package mx.pnt.command.recurso;

import mx.pnt.events.recurso.ActoImpugnado;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.ReglaDePlazo;

import java.time.LocalDate;

/**
 * What a recurso reads of the solicitud it challenges, from the command-side lookup (never the Solicitud itself).
 *
 * @param revision     the solicitud's last event sequence the row reflects: the recurso records it
 * @param acto         the act that opened the way to recur; null while the solicitud awaits its respuesta
 * @param fechaDelActo the respuesta's notification, or the deadline that ran out
 * @param disparo      the day whose next día hábil is the first of the fifteen; null while the respuesta waits to be
 *                     notified in another medium
 * @param regla        the rule of those fifteen días, as the solicitud recorded it
 * @param conjunto     the rule set that rule came from, and its configuration revision
 */
public record SolicitudRecurrible(String folio, String sujetoObligadoId, String garanteId, Materia materia,
                                  String usuarioSolicitante, long revision, ActoImpugnado acto,
                                  LocalDate fechaDelActo, LocalDate disparo, ReglaDePlazo regla,
                                  String conjunto, long version) {
}
