package mx.pnt.command.configuracion;

import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.configuracion.LeyLocalAdoptada;
import mx.pnt.events.configuracion.ReglaLocal;
import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Leyes Locales each garante adopted, as the command side reads them: kept in the transaction of
 * {@link LeyLocalAdoptada}, each under the configuration revision that recorded it, so a procedure records
 * exactly which version it began with and never loads (or locks) the configuration aggregate.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class ReglasLookup {

    private final JdbcTemplate jdbc;
    /** An adopted Ley Local never changes: each version, once read, is kept. */
    private final Map<String, LeyLocalAdoptada> versiones = new ConcurrentHashMap<>();

    public ReglasLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LeyLocalAdoptada evento) {
        jdbc.update("insert into mando_ley_local (garante_id, version, clave, ley, vigente_desde) values (?, ?, ?, ?, ?)",
                evento.garanteId(), evento.revision(), evento.clave(), evento.ley(), evento.vigenteDesde());
        evento.reglas().forEach((paso, regla) -> jdbc.update("insert into mando_ley_local_regla (garante_id, version, "
                + "paso, dias, articulo) values (?, ?, ?, ?, ?)", evento.garanteId(), evento.revision(), paso,
                regla.dias(), regla.articulo()));
    }

    /**
     * The rule set that governs a procedure of the garante begun on {@code inicio}: the Ley General in force that
     * day (LGTAIP 2025, Transitorio Noveno) with the Ley Local the garante applied that day (Cuarto), and the
     * configuration revision of that Ley Local (0 when none applied).
     */
    public ReglasVigentes reglasPara(String garanteId, LocalDate inicio, Materia materia) {
        List<Long> vigente = jdbc.queryForList("select version from mando_ley_local where garante_id = ? "
                + "and vigente_desde <= ? order by vigente_desde desc limit 1", Long.class, garanteId, inicio);
        long version = vigente.isEmpty() ? 0 : vigente.get(0);
        return new ReglasVigentes(reglasDeVersion(garanteId, inicio, materia, version), version);
    }

    /**
     * The rule set a procedure recorded when it began: the Ley General in force on {@code inicio} with the Ley Local
     * of configuration revision {@code version} (none when 0). Later steps of the procedure take their plazos from
     * it, never from what the garante adopted since.
     */
    public ConjuntoDeReglas reglasDeVersion(String garanteId, LocalDate inicio, Materia materia, long version) {
        ConjuntoDeReglas general = CatalogoDeReglas.estandar().vigenteAl(inicio, materia);
        if (version == 0) {
            return general;
        }
        LeyLocalAdoptada local = versiones.computeIfAbsent(garanteId + "@" + version,
                clave -> leer(garanteId, version));
        return ConfiguracionDePlazos.reglasCon(general, local);
    }

    private LeyLocalAdoptada leer(String garanteId, long version) {
        Map<String, ReglaLocal> reglas = new LinkedHashMap<>();
        jdbc.query("select paso, dias, articulo from mando_ley_local_regla where garante_id = ? and version = ? "
                + "order by paso", rs -> {
                    reglas.put(rs.getString(1), new ReglaLocal(rs.getInt(2), rs.getString(3)));
                }, garanteId, version);
        return jdbc.queryForObject("select clave, ley, vigente_desde from mando_ley_local where garante_id = ? "
                        + "and version = ?", (rs, i) -> new LeyLocalAdoptada(garanteId, rs.getString(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), reglas, version), garanteId, version);
    }

    /**
     * @param version revision of the garante's plazos configuration whose Ley Local applies; 0 when none
     */
    public record ReglasVigentes(ConjuntoDeReglas conjunto, long version) {
    }
}
