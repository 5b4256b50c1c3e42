package mx.pnt.command.recurso;

import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.recurso.RecursoAcumulado;
import mx.pnt.events.recurso.RecursoDesechado;
import mx.pnt.events.recurso.RecursoInterpuesto;
import mx.pnt.events.recurso.RecursoReturnado;
import mx.pnt.events.recurso.RecursoTurnado;
import mx.pnt.events.recurso.ResolucionVotada;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

/**
 * The recursos as another recurso reads them to ask for its acumulación: kept in the transaction of their events,
 * with the sequence of the last one, which the request records as the revision it decided on.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class RecursosAcumulables {

    private final JdbcTemplate jdbc;

    public RecursosAcumulables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RecursoInterpuesto evento, @SequenceNumber long secuencia) {
        jdbc.update("insert into mando_recurso (folio, garante_id, sujeto_obligado_id, usuario_recurrente, recibido, "
                        + "consecutivo, abierto, revision) values (?, ?, ?, ?, ?, ?, true, ?)", evento.folio(),
                evento.garanteId(), evento.sujetoObligadoId(), evento.usuarioRecurrente(),
                Timestamp.from(evento.recibido().instante()), evento.consecutivo(), secuencia);
    }

    @EventHandler
    void on(RecursoTurnado evento, @SequenceNumber long secuencia) {
        ponente(evento.folio(), evento.ponenteId(), secuencia);
    }

    @EventHandler
    void on(RecursoReturnado evento, @SequenceNumber long secuencia) {
        ponente(evento.folio(), evento.ponenteId(), secuencia);
    }

    @EventHandler
    void on(RecursoDesechado evento, @SequenceNumber long secuencia) {
        cerrar(evento.folio(), secuencia);
    }

    @EventHandler
    void on(ResolucionVotada evento, @SequenceNumber long secuencia) {
        cerrar(evento.folio(), secuencia);
    }

    @EventHandler
    void on(RecursoAcumulado evento, @SequenceNumber long secuencia) {
        cerrar(evento.folio(), secuencia);
    }

    private void ponente(String folio, String ponenteId, long secuencia) {
        jdbc.update("update mando_recurso set ponente_id = ?, revision = ? where folio = ?", ponenteId, secuencia,
                folio);
    }

    private void cerrar(String folio, long secuencia) {
        jdbc.update("update mando_recurso set abierto = false, revision = ? where folio = ?", secuencia, folio);
    }

    public Optional<RecursoAcumulable> recurso(String folio) {
        if (folio == null || folio.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select folio, garante_id, sujeto_obligado_id, usuario_recurrente, recibido, consecutivo, "
                        + "ponente_id, abierto, revision from mando_recurso where folio = ?",
                (rs, i) -> new RecursoAcumulable(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getLong(6), rs.getString(7), rs.getBoolean(8),
                        rs.getLong(9)), folio.strip().toUpperCase(java.util.Locale.ROOT))
                .stream().findFirst();
    }
}
