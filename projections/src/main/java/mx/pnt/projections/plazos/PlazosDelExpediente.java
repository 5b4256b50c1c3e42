package mx.pnt.projections.plazos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Answer to {@link PlazosPorFolio}: the running plazos of a folio with their proofs, and every recalculation. */
public record PlazosDelExpediente(String folio, List<PlazoVista> plazos, List<Recalculo> recalculos) {

    public record Recalculo(String paso, LocalDate vencimientoAnterior, LocalDate vencimientoNuevo,
                            String calendarios, String causa, Instant registradoEn) {
    }
}
