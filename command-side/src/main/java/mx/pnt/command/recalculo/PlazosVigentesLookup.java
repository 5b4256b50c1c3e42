package mx.pnt.command.recalculo;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.lookup.LookupsDeMando;
import mx.pnt.events.plazo.PlazoRecalculado;
import mx.pnt.events.solicitud.SolicitudPresentada;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The running plazos of every procedure, one row per calendar that may govern them (even one not opened yet), with
 * the dates a calendar change can move them through: from the reception (a suspension covering it moves it) to
 * the current deadline. Kept in the transaction of the events, so the recalculation policy finds by an indexed
 * date range exactly the plazos a change crosses, whatever the kind of procedure.
 */
@Component
@ProcessingGroup(LookupsDeMando.GRUPO)
public class PlazosVigentesLookup {

    /** Procedure kinds, each recomputed by its own command (see {@link TrabajadorDeRecalculo}). */
    public static final String SOLICITUD = "SOLICITUD";

    private final JdbcTemplate jdbc;

    public PlazosVigentesLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SolicitudPresentada evento) {
        List<String> calendarios = List.of(AbrirCalendario.idDelGarante(evento.garanteId()),
                AbrirCalendario.idDelSujetoObligado(evento.sujetoObligadoId()), AbrirCalendario.PLATAFORMA);
        jdbc.batchUpdate("insert into mando_plazo_vigente (expediente, procedimiento, paso, calendario_id, recepcion, "
                        + "desde, hasta) values (?, ?, ?, ?, ?, ?, ?)", calendarios, calendarios.size(),
                (ps, calendarioId) -> {
                    ps.setString(1, evento.folio());
                    ps.setString(2, SOLICITUD);
                    ps.setString(3, evento.plazoDeRespuesta().paso());
                    ps.setString(4, calendarioId);
                    ps.setObject(5, evento.recibida().fechaLocal());
                    ps.setObject(6, evento.recibida().fechaLocal());
                    ps.setObject(7, evento.plazoDeRespuesta().vencimiento());
                });
    }

    @EventHandler
    void on(PlazoRecalculado evento) {
        jdbc.update("update mando_plazo_vigente set hasta = ? where expediente = ? and paso = ?",
                evento.nuevo().vencimiento(), evento.expediente(), evento.paso());
    }
}
