package mx.pnt.command.recurso;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Consecutives per garante and year, incremented inside the registration's own transaction, as the solicitudes'
 * folios: unique and gapless (a refused recurso rolls its increment back), and only registrations before the same
 * garante in the same year wait on each other.
 */
@Component
public class ConsecutivosPorGarante implements ConsecutivosDeRecursos {

    private final JdbcTemplate jdbc;

    public ConsecutivosPorGarante(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long siguiente(String garanteId, int anio) {
        return jdbc.queryForObject("insert into mando_folio_recurso (garante_id, anio, ultimo) values (?, ?, 1) "
                + "on conflict (garante_id, anio) do update set ultimo = mando_folio_recurso.ultimo + 1 "
                + "returning ultimo", Long.class, garanteId, anio);
    }
}
