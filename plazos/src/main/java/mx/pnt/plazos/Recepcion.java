package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a solicitud counts as received (Lineamientos, Cuadragésimo noveno, last paragraph).
 *
 * @param computo the dates from the reception to {@code fechaEfectiva}: skipped ones with their reason,
 *                then the effective date as the one counted day
 */
public record Recepcion(InstanteLegal recibido, LocalDate fechaEfectiva, Computo computo) {

    public Recepcion {
        Objects.requireNonNull(recibido, "recibido");
        Objects.requireNonNull(fechaEfectiva, "fechaEfectiva");
        Objects.requireNonNull(computo, "computo");
    }

    public boolean diferida() {
        return !fechaEfectiva.equals(recibido.fechaLocal());
    }

    public String explicar() {
        StringBuilder sb = new StringBuilder("Solicitud recibida el ").append(recibido.describir()).append('.');
        for (DiaDelComputo dia : computo.omitidos()) {
            sb.append(' ').append(dia.explicar());
        }
        sb.append(" Se tiene por recibida el ").append(FormatoLegal.fecha(fechaEfectiva))
                .append(diferida() ? " (Lineamientos, Cuadragésimo noveno)." : ".");
        return sb.toString();
    }
}
