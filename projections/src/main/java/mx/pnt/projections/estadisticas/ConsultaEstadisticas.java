package mx.pnt.projections.estadisticas;

import java.time.LocalDate;

/**
 * Statistics of the procedures whose date (reception, interposición, envío) falls from {@code desde} to
 * {@code hasta}, grouped by garante, sujeto obligado, {@code periodo} and tipo, counting only what was recorded up
 * to {@code corte}. Null filters do not restrict.
 *
 * @param periodo MES, TRIMESTRE or ANIO
 */
public record ConsultaEstadisticas(String garanteId, String sujetoObligadoId, String tipo, Periodo periodo,
                                   LocalDate desde, LocalDate hasta, LocalDate corte) {

    public enum Periodo {
        MES("month"), TRIMESTRE("quarter"), ANIO("year");

        private final String truncado;

        Periodo(String truncado) {
            this.truncado = truncado;
        }

        /** The unit PostgreSQL's date_trunc takes. */
        String truncado() {
            return truncado;
        }
    }
}
