package mx.pnt.command.catalogo;

import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.catalogo.NumeracionDeRecursosFijada;
import mx.pnt.events.catalogo.PlenoIntegrado;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The plenos of the organismos garantes and the way each numbers its recursos, kept in the transaction of the
 * events that set them, for the turno and the registration of recursos.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class PlenosLookup {

    private final JdbcTemplate jdbc;

    public PlenosLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PlenoIntegrado evento) {
        jdbc.update("insert into mando_pleno (garante_id, revision, presidente_id) values (?, ?, ?) "
                        + "on conflict (garante_id) do update set revision = excluded.revision, "
                        + "presidente_id = excluded.presidente_id", evento.garanteId(), evento.revision(),
                evento.presidenteId());
        jdbc.update("delete from mando_comisionado where garante_id = ?", evento.garanteId());
        List<PlenoIntegrado.Comisionado> comisionados = evento.comisionados();
        for (int posicion = 0; posicion < comisionados.size(); posicion++) {
            jdbc.update("insert into mando_comisionado (garante_id, posicion, comisionado_id, nombre) "
                    + "values (?, ?, ?, ?)", evento.garanteId(), posicion, comisionados.get(posicion).comisionadoId(),
                    comisionados.get(posicion).nombre());
        }
    }

    @EventHandler
    void on(NumeracionDeRecursosFijada evento) {
        jdbc.update("insert into mando_numeracion_recursos (garante_id, patron, prefijo_acceso, "
                        + "prefijo_datos_personales) values (?, ?, ?, ?) on conflict (garante_id) do update set "
                        + "patron = excluded.patron, prefijo_acceso = excluded.prefijo_acceso, "
                        + "prefijo_datos_personales = excluded.prefijo_datos_personales", evento.garanteId(),
                evento.patron(), evento.prefijoAcceso(), evento.prefijoDatosPersonales());
    }

    public Optional<PlenoDelGarante> pleno(String garanteId) {
        List<PlenoIntegrado.Comisionado> comisionados = jdbc.query("select comisionado_id, nombre "
                        + "from mando_comisionado where garante_id = ? order by posicion",
                (rs, i) -> new PlenoIntegrado.Comisionado(rs.getString(1), rs.getString(2)), garanteId);
        return jdbc.query("select revision, presidente_id from mando_pleno where garante_id = ?",
                (rs, i) -> new PlenoDelGarante(garanteId, rs.getLong(1), rs.getString(2), comisionados), garanteId)
                .stream().findFirst();
    }

    public NumeroDescriptivo numeracion(String garanteId) {
        return jdbc.query("select patron, prefijo_acceso, prefijo_datos_personales from mando_numeracion_recursos "
                                + "where garante_id = ?",
                        (rs, i) -> new NumeroDescriptivo(rs.getString(1), rs.getString(2), rs.getString(3)), garanteId)
                .stream().findFirst().orElse(NumeroDescriptivo.POR_DEFECTO);
    }
}
