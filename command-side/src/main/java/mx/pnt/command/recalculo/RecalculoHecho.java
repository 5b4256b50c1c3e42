package mx.pnt.command.recalculo;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a recomputation off the queue in the transaction of the command that carries it out: the row goes exactly
 * when the command's events are stored, and one durable commit does both. A separate delete after the command was a
 * second commit per recomputation, a third of PostgreSQL's waits on its log while 20,000 plazos were recomputed
 * (docs/performance.md). A command that fails rolls back the delete with its events, and the worker reschedules the
 * row ({@link TrabajadorDeRecalculo}).
 */
@Component
public class RecalculoHecho implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The queue row's id, as text so that it reads the same after any serialisation of the command. */
    static final String PENDIENTE = "pnt.recalculoPendiente";

    private final JdbcTemplate jdbc;

    public RecalculoHecho(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unidad, InterceptorChain cadena) throws Exception {
        Object pendiente = unidad.getMessage().getMetaData().get(PENDIENTE);
        if (pendiente != null) {
            long id = Long.parseLong(pendiente.toString());
            unidad.onPrepareCommit(u -> jdbc.update("delete from mando_recalculo_pendiente where id = ?", id));
        }
        return cadena.proceed();
    }
}
