package mx.pnt.command.actor;

import mx.pnt.events.MetadatosDelActor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.CompletableFuture;

/**
 * Sends a command on behalf of the request's actor without blocking the event loop: with a local command bus
 * the aggregate runs (and writes to PostgreSQL) inside {@code send}, so the call moves to a bounded elastic
 * thread.
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
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Comando sin actor autenticado")))
                .flatMap(actor -> Mono.fromCallable(() -> this.<R>despachar(comando, actor))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(Mono::fromFuture));
    }

    private <R> CompletableFuture<R> despachar(Object comando, MetadatosDelActor actor) {
        return ActorEnCurso.con(actor, () -> gateway.send(comando));
    }
}
