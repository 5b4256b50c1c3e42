package mx.pnt.command.lookup;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's lookups (catalog, calendars, rule sets, running plazos) are kept by subscribing event
 * handlers of one processing group: they run inside the unit of work that applies the events, in the same
 * database transaction, so a command never reads a lookup behind the events already stored, and a failure to
 * write one (a duplicated clave, say) rolls the command back instead of being logged and forgotten.
 */
@Configuration(proxyBeanMethods = false)
public class LookupsDeMando {

    /** The processing group of every command-side lookup writer. */
    public static final String GRUPO = "lookups-de-mando";

    @Bean
    ConfigurerModule lookupsSuscritos() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(GRUPO)
                .registerListenerInvocationErrorHandler(GRUPO, c -> PropagatingErrorHandler.instance());
    }
}
