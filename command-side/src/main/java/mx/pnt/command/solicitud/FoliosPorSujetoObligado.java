package mx.pnt.command.solicitud;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folio consecutives per sujeto obligado and year (docs/folios.md). The counter row is incremented inside the
 * presentation's own transaction: it stays locked only against presentations to the same sujeto obligado in the
 * same year until that transaction ends, so consecutives are unique and gapless (a refused or failed presentation
 * rolls its increment back), and presentations to other sujetos obligados never wait.
 */
@Component
public class FoliosPorSujetoObligado implements GeneradorDeFolios {

    private final JdbcTemplate jdbc;

    public FoliosPorSujetoObligado(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String siguiente(String claveSujetoObligado, int anio) {
        Long consecutivo = jdbc.queryForObject("insert into mando_folio (clave, anio, ultimo) values (?, ?, 1) "
                + "on conflict (clave, anio) do update set ultimo = mando_folio.ultimo + 1 returning ultimo",
                Long.class, claveSujetoObligado, anio);
        return FormatoDeFolio.componer(claveSujetoObligado, anio, consecutivo);
    }
}
