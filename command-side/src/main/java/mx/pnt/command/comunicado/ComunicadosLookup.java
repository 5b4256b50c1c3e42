package mx.pnt.command.comunicado;

import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.comunicado.ComunicadoEnviado;
import mx.pnt.events.comunicado.TipoDeActuacion;
import mx.pnt.events.recurso.AcuerdoDelRecurso;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.Optional;

/**
 * The actuaciones of the SICOM that another envío reads, kept in the transaction of their events: the requerimientos
 * an answer attends, and the notifications the SIGEMI sent (one per acuerdo of a recurso; a unique index refuses a
 * second even under a race).
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class ComunicadosLookup {

    private final JdbcTemplate jdbc;

    public ComunicadosLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComunicadoEnviado evento) {
        if (evento.tipo() != TipoDeActuacion.REQUERIMIENTO_DE_INFORMACION && evento.acuerdoNotificado() == null) {
            return;
        }
        jdbc.update("insert into mando_actuacion_sicom (folio, tipo, garante_id, sujeto_obligado_id, recurso, "
                        + "acuerdo_notificado, fecha_limite) values (?, ?, ?, ?, ?, ?, ?)", evento.folio(),
                evento.tipo().name(), evento.remitente().id(), evento.destinatario().id(), evento.recurso(),
                evento.acuerdoNotificado() == null ? null : evento.acuerdoNotificado().name(),
                evento.fechaLimite() == null ? null : Date.valueOf(evento.fechaLimite()));
    }

    public Optional<RequerimientoEnviado> requerimiento(String folio) {
        if (folio == null || folio.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query("select folio, garante_id, sujeto_obligado_id, recurso, fecha_limite "
                        + "from mando_actuacion_sicom where folio = ? and tipo = 'REQUERIMIENTO_DE_INFORMACION'",
                (rs, i) -> new RequerimientoEnviado(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getDate(5).toLocalDate()), folio.strip()).stream().findFirst();
    }

    public Optional<String> notificacionEnviada(String recurso, AcuerdoDelRecurso acuerdo) {
        return jdbc.queryForList("select folio from mando_actuacion_sicom where recurso = ? and acuerdo_notificado = ?",
                String.class, recurso, acuerdo.name()).stream().findFirst();
    }
}
