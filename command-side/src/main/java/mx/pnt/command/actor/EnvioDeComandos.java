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
        return resolutor.actorActual()
                .switchIfEmpty(Mono.error(() -> new ActuacionNoPermitidaException("sin-actor",
                        ActorDelComando.SIN_ACTOR)))
                .flatMap(actor -> Mono.fromCallable(() -> gateway.<R>send(
                                GenericCommandMessage.asCommandMessage(comando).andMetaData(actor.comoMapa())))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(Mono::fromFuture));
    }
}
