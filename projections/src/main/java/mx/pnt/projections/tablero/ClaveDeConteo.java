package mx.pnt.projections.tablero;

import java.time.LocalDate;

/** Where an item on the board is counted: every filter a board takes, its calendars and its deadline. */
record ClaveDeConteo(String garanteId, String sujetoObligadoId, String ponenteId, String aCargoDe, String clase,
                     String paso, String calendarios, LocalDate vencimiento, boolean suspendido) {
}
