package mx.pnt.command.recurso;

import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** An acuerdo de audiencia or de acceso a información clasificada, with its date (Nonagésimo). */
public record AcordarDiligencia(@TargetAggregateIdentifier String folio, AcuerdoDelRecurso acuerdo,
                                LocalDate fechaDeCelebracion, String objeto) {
}
