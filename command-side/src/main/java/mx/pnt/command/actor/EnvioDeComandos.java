package mx.pnt.command.actor;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends a command on behalf of the request's actor, carried as the command's metadata, without blocking the event
 * loop: with a local command bus the aggregate runs (and writes to PostgreSQL) inside {@code send}, so the call
 * moves to a bounded elastic thread.
 */
@Component
public class EnvioDeComandos {

    private final CommandGateway gateway;
    private final ResolutorDeActor resolutor;

    public EnvioDeComandos(CommandGateway gateway, ResolutorDeActor resolutor) {
        this.gateway = gateway;
        this.resolutor = resolutor;
    }

    public <R> Mono<R> enviar(Object comando) {
        return conActor(actor -> gateway.<R>send(GenericCommandMessage.asCommandMessage(comando)
                .andMetaData(actor.comoMapa()))).flatMap(Mono::fromFuture);
    }

    /** A blocking task on behalf of the request's actor (a command tried without recording it), off the event loop. */
    public <R> Mono<R> conActor(Tarea<R> tarea) {
        return resolutor.actorActual()
                .switchIfEmpty(Mono.error(() -> new ActuacionNoPermitidaException("sin-actor",
                        ActorDelComando.SIN_ACTOR)))
                .flatMap(actor -> Mono.fromCallable(() -> tarea.ejecutar(actor))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    /** Work done for an actor; it may block and may throw the aggregate's refusal. */
    @FunctionalInterface
    public interface Tarea<R> {
        R ejecutar(MetadatosDelActor actor) throws Exception;
    }
}
