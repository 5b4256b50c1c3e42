package mx.pnt.command.calendario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Changes the reception hours (Cuadragésimo noveno). {@code vigenteDesde} may be omitted: it is then the day the
 * change is recorded, in the calendar's zone, which is also the only day it may name (see {@link Calendario}).
 */
public record CambiarHorarioDeRecepcion(@TargetAggregateIdentifier String calendarioId, LocalTime apertura,
                                        LocalTime cierre, LocalDate vigenteDesde, String acuerdo,
                                        LocalDate fechaPublicacion) {
}
