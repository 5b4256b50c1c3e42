package mx.pnt.projections.reconducciones;

import java.util.List;

/** A recurso's garante (to scope who may read it) and its reconducciones, first to last. */
public record HistoriaDelRecurso(String folio, String garanteId, List<PasoDeReconduccion> reconducciones) {
}
