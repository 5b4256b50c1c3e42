package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The agreement that grounds a día inhábil or a suspension: a court checks the calendar against it.
 *
 * @param acuerdo          number or name of the agreement, e.g. "ACT-PUB/01/2025"
 * @param fechaPublicacion date of publication in the DOF (or the garante's official gazette)
 */
public record Fundamento(String acuerdo, LocalDate fechaPublicacion) {

    public Fundamento {
        Objects.requireNonNull(acuerdo, "acuerdo");
        Objects.requireNonNull(fechaPublicacion, "fechaPublicacion");
        if (acuerdo.isBlank()) {
            throw new IllegalArgumentException("El acuerdo que funda el calendario no puede estar vacío");
        }
    }

    /** e.g. "Acuerdo ACT-PUB/01/2025 (DOF 15/01/2025)". */
    public String describir() {
        String nombre = acuerdo.regionMatches(true, 0, "Acuerdo", 0, 7) ? acuerdo : "Acuerdo " + acuerdo;
        return nombre + " (DOF " + FormatoLegal.fecha(fechaPublicacion) + ")";
    }
}
