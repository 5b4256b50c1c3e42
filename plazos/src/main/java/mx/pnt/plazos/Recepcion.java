package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a solicitud counts as received (Lineamientos, Cuadragésimo noveno, last paragraph).
 *
 * @param fechaEfectiva the día hábil it counts as received; null while a suspension "hasta nuevo aviso" covers the
 *                      reception (it will count from the first día hábil after the lifting)
 * @param computo the dates from the reception to {@code fechaEfectiva}: skipped ones with their reason,
 *                then the effective date as the one counted day (or the first day of the open-ended suspension)
 */
public record Recepcion(InstanteLegal recibido, LocalDate fechaEfectiva, Computo computo) {

    public Recepcion {
        Objects.requireNonNull(recibido, "recibido");
        Objects.requireNonNull(computo, "computo");
    }

    /** Waiting on a suspension "hasta nuevo aviso": no legal reception date yet. */
    public boolean pendiente() {
        return fechaEfectiva == null;
    }

    public boolean diferida() {
        return !recibido.fechaLocal().equals(fechaEfectiva);
    }

    public String explicar() {
        StringBuilder sb = new StringBuilder("Solicitud recibida el ").append(recibido.describir()).append('.');
        for (DiaDelComputo dia : computo.omitidos()) {
            sb.append(' ').append(dia.explicar());
        }
        if (pendiente()) {
            sb.append(" Se tendrá por recibida el primer día hábil siguiente al levantamiento de la suspensión.");
        } else {
            sb.append(" Se tiene por recibida el ").append(FormatoLegal.fecha(fechaEfectiva))
                    .append(diferida() ? " (Lineamientos, Cuadragésimo noveno)." : ".");
        }
        return sb.toString();
    }
}
