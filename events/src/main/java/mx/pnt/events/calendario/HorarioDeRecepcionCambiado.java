package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The reception hours change from {@code vigenteDesde} on, a date on or after the day the change is recorded
 * (Cuadragésimo noveno: a solicitud received after the close counts the next día hábil). Each reception is judged
 * by the hours in force on its own date. Local to the calendar's zone.
 */
@Revision("1")
public record HorarioDeRecepcionCambiado(String calendarioId, LocalTime apertura, LocalTime cierre,
                                         LocalDate vigenteDesde, String acuerdo, LocalDate fechaPublicacion,
                                         long revision) implements CambioDeCalendario {

    @Override
    public LocalDate afectaDesde() {
        return vigenteDesde;
    }

    /** Hours govern every later reception, so the change is open-ended. */
    @Override
    public LocalDate afectaHasta() {
        return LocalDate.MAX;
    }

    @Override
    public boolean soloRecepciones() {
        return true;
    }

    @Override
    public String describir() {
        return "Horario de recepción de " + FormatoDeCambio.hora(apertura) + " a " + FormatoDeCambio.hora(cierre)
                + " desde el " + FormatoDeCambio.fecha(vigenteDesde) + " ("
                + FormatoDeCambio.acuerdo(acuerdo, fechaPublicacion) + ")";
    }
}
