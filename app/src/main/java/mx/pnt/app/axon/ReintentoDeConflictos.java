package mx.pnt.app.axon;

import mx.pnt.app.errores.Causas;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A command that lost a race on its aggregate is sent again (issue #12). Within one instance the aggregate's lock
 * serialises commands; two instances on one database each load the aggregate, decide, and append, and the event
 * store's key on (aggregate, sequence) lets only the first append in. The loser recorded nothing and decided on a
 * state that is no longer the aggregate's, so it is decided again on the new state: it may then be accepted, or
 * refused by the rule the winner made true (a second respuesta to one solicitud). Only that conflict is retried:
 * a refusal of the domain, a creation of an identifier that exists, or a failure of the database is answered as it
 * is. After {@link #REINTENTOS} tries the conflict is answered 409 (ManejadorDeProblemas).
 */
@Configuration(proxyBeanMethods = false)
public class ReintentoDeConflictos implements RetryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReintentoDeConflictos.class);
    /** Tries after the first: a conflict between two instances rarely survives two. */
    static final int REINTENTOS = 4;
    /** The first pause; each next one doubles, each drawn between half and all of it so racers fall apart. */
    static final long PAUSA_INICIAL_MS = 20;

    private final ScheduledExecutorService reintentos = Executors.newScheduledThreadPool(2, tarea -> {
        Thread hilo = new Thread(tarea, "reintento-de-comandos");
        hilo.setDaemon(true);
        return hilo;
    });

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(this).build();
    }

    @Override
    public boolean scheduleRetry(CommandMessage comando, RuntimeException falla,
                                 List<Class<? extends Throwable>[]> fallas, Runnable reenviar) {
        int intentos = fallas.size();
        if (!conflictoDeConcurrencia(falla) || intentos > REINTENTOS) {
            return false;
        }
        long techo = PAUSA_INICIAL_MS << (intentos - 1);
        long pausa = ThreadLocalRandom.current().nextLong(techo / 2, techo + 1);
        LOG.info("{} perdió la carrera por su expediente (intento {}); se decide de nuevo en {} ms",
                comando.getPayloadType().getSimpleName(), intentos, pausa);
        try {
            reintentos.schedule(reenviar, pausa, TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException deteniendose) {
            return false;
        }
    }

    /** The store's sequence check refused an append to an existing aggregate, anywhere in the chain of causes. */
    static boolean conflictoDeConcurrencia(Throwable falla) {
        return Causas.de(falla)
                .filter(c -> c instanceof AggregateStreamCreationException || c instanceof ConcurrencyException)
                .findFirst().map(ConcurrencyException.class::isInstance).orElse(false);
    }

    /** A retry already scheduled still runs (a pause is a few hundred milliseconds at most); no new one is taken. */
    @jakarta.annotation.PreDestroy
    void detener() {
        reintentos.shutdown();
    }
}
