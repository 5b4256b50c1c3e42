package mx.pnt.plazos;

import java.time.LocalDate;
import java.util.Objects;

/** A day declared inhábil in an official calendar (Lineamientos, Vigésimo tercero II). */
public record DiaInhabil(LocalDate fecha, String motivo, Fundamento fundamento) {

    public DiaInhabil {
        Objects.requireNonNull(fecha, "fecha");
        Objects.requireNonNull(motivo, "motivo");
        Objects.requireNonNull(fundamento, "fundamento");
    }
}
