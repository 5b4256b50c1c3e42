package mx.pnt.command.solicitud;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folio consecutives from a PostgreSQL sequence: never repeated, survives restarts, no lock on a hot row. A
 * refused command after the draw leaves a gap, which a folio (unique, not gapless) may have.
 */
@Component
public class GeneradorDeFoliosPostgres implements GeneradorDeFolios {

    private final JdbcTemplate jdbc;

    public GeneradorDeFoliosPostgres(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String siguiente(String claveSujetoObligado, int anio) {
        Long consecutivo = jdbc.queryForObject("select nextval('folio_solicitud_seq')", Long.class);
        return FormatoDeFolio.componer(claveSujetoObligado, anio, consecutivo);
    }
}
