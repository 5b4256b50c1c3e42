package mx.pnt.command.comunicado;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SICOM's consecutives, incremented inside the envío's own transaction: a refused or failed envío rolls its
 * increment back, so the folios have no gaps, and concurrent envíos wait only for each other's short commit.
 */
@Component
public class ConsecutivosDelSicom implements ConsecutivosDeComunicados {

    private final JdbcTemplate jdbc;

    public ConsecutivosDelSicom(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long siguiente(int anio) {
        return jdbc.queryForObject("insert into mando_folio_comunicado (anio, ultimo) values (?, 1) "
                + "on conflict (anio) do update set ultimo = mando_folio_comunicado.ultimo + 1 returning ultimo",
                Long.class, anio);
    }
}
