package mx.pnt.command.actor;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Refuses every command that does not say who acts: a command dispatched from an HTTP request carries the
 * authenticated actor, one sent by a policy or by the platform's own set-up carries the system actor explicitly
 * (with the event that caused it). No command is ever attributed by default. Correlation then copies these keys
 * onto every event the command produces.
 */
public class ActorDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, comando) -> {
            if (MetadatosDelActor.desde(comando.getMetaData()).isEmpty()) {
                throw new ActuacionNoPermitidaException("sin-actor", "Toda actuación requiere identificar a quien "
                        + "actúa; el comando " + comando.getCommandName() + " no lo indica.");
            }
            return comando;
        };
    }
}
