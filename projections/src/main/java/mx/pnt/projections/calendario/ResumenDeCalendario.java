package mx.pnt.projections.calendario;

import java.time.LocalDate;

/** One calendar in the list: whose it is, its zone and its current revision. */
public record ResumenDeCalendario(String calendarioId, String titularId, String zona, long revision,
                                  LocalDate abiertoEl) {
}
