package mx.pnt.command.calendario;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Calendars grow by about a hundred changes a year and never end: a snapshot every
 * {@code pnt.instantaneas.calendario.umbral} events (default 50) keeps loading one for a calendar command short.
 * A snapshot is only a cache: the events stay the record, and the lookups are folded from them, not from it.
 */
@Configuration(proxyBeanMethods = false)
public class InstantaneasDeCalendario {

    public static final String DISPARADOR = "disparadorDeInstantaneasDeCalendario";

    @Bean(DISPARADOR)
    SnapshotTriggerDefinition disparadorDeInstantaneasDeCalendario(
            Snapshotter instantaneas, @Value("${pnt.instantaneas.calendario.umbral:50}") int umbral) {
        return new EventCountSnapshotTriggerDefinition(instantaneas, umbral);
    }
}
