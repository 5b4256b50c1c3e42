package mx.pnt.projections.calendario;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A calendar as it stood on {@code fecha}: the revision then in force, the reception hours, and the días
 * inhábiles and suspensions in force, each with the agreement that grounds it and the date it was recorded.
 */
public record CalendarioAlDiaVista(String calendarioId, String titularId, LocalDate fecha, String zona,
                                   long revision, Horario horario, List<DiaInhabil> diasInhabiles,
                                   List<Suspension> suspensiones) {

    /** {@code acuerdo} is null for the hours the calendar was opened with. */
    public record Horario(LocalTime apertura, LocalTime cierre, LocalDate vigenteDesde, String acuerdo,
                          LocalDate fechaPublicacion) {
    }

    public record DiaInhabil(LocalDate fecha, String motivo, String acuerdo, LocalDate fechaPublicacion,
                             LocalDate registradoEl) {
    }

    /** {@code hasta} null: suspended "hasta nuevo aviso", until a lifting. */
    public record Suspension(String suspensionId, LocalDate desde, LocalDate hasta, String motivo, String acuerdo,
                             LocalDate fechaPublicacion, LocalDate registradaEl) {
    }
}
