package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Marks a plazo that started again in full after a requerimiento de información adicional was answered
 * (Lineamientos, Quincuagésimo noveno), keeping what it replaced for the record.
 *
 * @param disparoOriginal     trigger of the interrupted plazo
 * @param vencimientoOriginal deadline the interrupted plazo had
 * @param desahogo            the day the requester answered; the new plazo runs from the next día hábil
 */
public record Reinicio(LocalDate disparoOriginal, LocalDate vencimientoOriginal, LocalDate desahogo) {

    public Reinicio {
        Objects.requireNonNull(disparoOriginal, "disparoOriginal");
        Objects.requireNonNull(vencimientoOriginal, "vencimientoOriginal");
        Objects.requireNonNull(desahogo, "desahogo");
    }
}
