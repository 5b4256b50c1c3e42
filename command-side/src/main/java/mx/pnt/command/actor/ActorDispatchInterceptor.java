package mx.pnt.command.actor;

import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Stamps every command with its actor. A command dispatched from an HTTP request carries the authenticated
 * actor; one sent by a policy (recálculo de plazos) or by the platform's own set-up carries {@code sistema}.
 * Correlation then copies these keys onto every event the command produces.
 */
public class ActorDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, comando) -> {
            if (comando.getMetaData().containsKey(MetadatosDelActor.USUARIO)) {
                return comando;
            }
            MetadatosDelActor actor = ActorEnCurso.actual().orElse(MetadatosDelActor.SISTEMA);
            return comando.andMetaData(actor.comoMapa());
        };
    }
}
