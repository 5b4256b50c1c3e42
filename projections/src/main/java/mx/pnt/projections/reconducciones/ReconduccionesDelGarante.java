package mx.pnt.projections.reconducciones;

import java.time.LocalDate;

/** The reconducciones a garante's recursos had from {@code desde} to {@code hasta} (local dates, inclusive). */
public record ReconduccionesDelGarante(String garanteId, LocalDate desde, LocalDate hasta) {
}
