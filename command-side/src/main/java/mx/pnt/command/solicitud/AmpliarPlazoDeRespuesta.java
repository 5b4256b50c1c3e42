package mx.pnt.command.solicitud;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Extend the response plazo by a resolution of the Comité de Transparencia (Sexagésimo cuarto; LGTAIP 2025,
 * art. 134).
 *
 * @param dias               días hábiles added, at most what the law allows (ten under LGTAIP 2025)
 * @param numeroDeResolucion the Comité's resolution
 * @param fechaDeResolucion  the day the Comité resolved
 * @param motivos            the grounds, fundadas y motivadas
 */
public record AmpliarPlazoDeRespuesta(@TargetAggregateIdentifier String folio, int dias, String numeroDeResolucion,
                                      LocalDate fechaDeResolucion, String motivos) {
}
