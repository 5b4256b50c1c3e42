package mx.pnt.command.errores;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Turns a domain refusal into a {@link CommandExecutionException} whose details say how to answer it, so the
 * HTTP edge answers the same whether the command ran locally or went through Axon Server (which transports
 * only the message and the details, never the exception class).
 */
public class RechazoComoDetalleInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (RechazoDeDominio rechazo) {
            throw new CommandExecutionException(rechazo.getMessage(), rechazo, rechazo.problema());
        } catch (ConcurrencyException concurrente) {
            throw new CommandExecutionException(
                    "El expediente cambió mientras se procesaba la actuación; consulte su estado y reintente.",
                    concurrente, new ProblemaDeDominio(409, "cambio-concurrente", "Conflicto de estado"));
        }
    }
}
