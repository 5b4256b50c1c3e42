package mx.pnt.command.catalogo;

import mx.pnt.command.calendario.TitularesDeCalendario;
import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.catalogo.OrganismoGaranteActualizado;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.SujetoObligadoActualizado;
import mx.pnt.events.catalogo.SujetoObligadoDadoDeBaja;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The catalog as the command side reads it: organismos garantes and sujetos obligados, kept in the transaction
 * of the events that register them. Enforces what no single aggregate can: a clave belongs to one sujeto obligado,
 * its garante exists, and identifiers of different kinds never collide.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class CatalogoLookup implements TitularesDeCalendario {

    private final JdbcTemplate jdbc;

    public CatalogoLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganismoGaranteRegistrado evento) {
        jdbc.update("insert into mando_identificador (identificador, tipo) values (?, 'ORGANISMO_GARANTE')",
                evento.garanteId());
        jdbc.update("insert into mando_organismo_garante (garante_id, nombre) values (?, ?)", evento.garanteId(),
                evento.nombre());
    }

    @EventHandler
    void on(SujetoObligadoRegistrado evento) {
        jdbc.update("insert into mando_identificador (identificador, tipo) values (?, 'SUJETO_OBLIGADO')",
                evento.sujetoObligadoId());
        jdbc.update("insert into mando_sujeto_obligado (sujeto_obligado_id, clave, nombre, garante_id) "
                + "values (?, ?, ?, ?)", evento.sujetoObligadoId(), evento.clave(), evento.nombre(),
                evento.garanteId());
    }

    /** A new name reaches every later procedure, on every instance of the platform (nothing of it is cached). */
    @EventHandler
    void on(SujetoObligadoActualizado evento) {
        jdbc.update("update mando_sujeto_obligado set nombre = ? where sujeto_obligado_id = ?", evento.nombre(),
                evento.sujetoObligadoId());
    }

    /** Its procedures still read its ficha (their calendar, their garante); only new envíos are refused. */
    @EventHandler
    void on(SujetoObligadoDadoDeBaja evento) {
        jdbc.update("update mando_sujeto_obligado set activo = false where sujeto_obligado_id = ?",
                evento.sujetoObligadoId());
    }

    @EventHandler
    void on(OrganismoGaranteActualizado evento) {
        jdbc.update("update mando_organismo_garante set nombre = ? where garante_id = ?", evento.nombre(),
                evento.garanteId());
    }

    /** Whether the sujeto obligado is registered and was not dado de baja (Centésimo vigésimo octavo). */
    public boolean activo(String sujetoObligadoId) {
        return !jdbc.queryForList("select 1 from mando_sujeto_obligado where sujeto_obligado_id = ? and activo",
                Integer.class, sujetoObligadoId).isEmpty();
    }

    public Optional<FichaDelSujetoObligado> sujetoObligado(String sujetoObligadoId) {
        if (sujetoObligadoId == null || sujetoObligadoId.isBlank()) {
            return Optional.empty();
        }
        List<FichaDelSujetoObligado> encontradas = jdbc.query("select sujeto_obligado_id, clave, nombre, garante_id "
                        + "from mando_sujeto_obligado where sujeto_obligado_id = ?",
                (rs, i) -> new FichaDelSujetoObligado(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), sujetoObligadoId);
        return encontradas.stream().findFirst();
    }

    @Override
    public Optional<String> garanteDelSujetoObligado(String sujetoObligadoId) {
        return sujetoObligado(sujetoObligadoId).map(FichaDelSujetoObligado::garanteId);
    }

    /** The kind of an identifier already taken (ORGANISMO_GARANTE, SUJETO_OBLIGADO, RESERVADO), if any. */
    public Optional<String> tipoDeIdentificador(String identificador) {
        return jdbc.queryForList("select tipo from mando_identificador where identificador = ?", String.class,
                identificador).stream().findFirst();
    }

    public boolean existeGarante(String garanteId) {
        return !jdbc.queryForList("select 1 from mando_organismo_garante where garante_id = ?", Integer.class,
                garanteId).isEmpty();
    }

    /** The name of a registered garante. */
    public Optional<String> nombreDelGarante(String garanteId) {
        if (garanteId == null || garanteId.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryForList("select nombre from mando_organismo_garante where garante_id = ?", String.class,
                garanteId).stream().findFirst();
    }

    /** The sujeto obligado that holds a clave, if any. */
    public Optional<String> titularDeClave(String clave) {
        return jdbc.queryForList("select sujeto_obligado_id from mando_sujeto_obligado where clave = ?",
                String.class, clave).stream().findFirst();
    }
}
