package mx.pnt.events.calendario;

import mx.pnt.events.Revision;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The reception hours changed from {@code vigenteDesde} (Cuadragésimo noveno: a solicitud received after the
 * close counts the next día hábil). Local to the calendar's zone.
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
    public String describir() {
        return "Horario de recepción de " + FormatoDeCambio.hora(apertura) + " a " + FormatoDeCambio.hora(cierre)
                + " desde el " + FormatoDeCambio.fecha(vigenteDesde) + " ("
                + FormatoDeCambio.acuerdo(acuerdo, fechaPublicacion) + ")";
    }
}
