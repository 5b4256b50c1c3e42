package mx.pnt.app.axon;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Axon's JPA storage engine that asks PostgreSQL for an aggregate's snapshot only when the aggregate has one (and
 * reads gaps by index: {@link HuecosPorIndice}).
 *
 * <p>Axon looks for a snapshot each time it loads an aggregate, whatever its type; only calendars ever have one
 * ({@code InstantaneasDeCalendario}). For a solicitud, a recurso or a comunicado the query found nothing, and it
 * was a tenth of the time a recomputation spent loading its solicitud (a Hibernate query, an automatic flush and a
 * round trip; docs/performance.md). This engine keeps the identifiers of the aggregates with a snapshot: read once
 * from {@code snapshot_event_entry} at the first load, then added as this instance stores snapshots.
 *
 * <p>A snapshot is only a cache, so an identifier missing from the set never gives a wrong aggregate: it is loaded
 * from all its events, the record itself. That is what happens, until this instance restarts, to a calendar whose
 * first snapshot another instance stored.
 */
public class InstantaneasConocidas extends HuecosPorIndice {

    /** The identifiers of the aggregates with a snapshot in the store. */
    public static final String CON_INSTANTANEA = "select distinct aggregate_identifier from snapshot_event_entry";

    private final Supplier<Collection<String>> almacenadas;
    private volatile Set<String> conInstantanea;

    /** @param almacenadas the identifiers of the aggregates with a snapshot in the store, when first needed */
    public InstantaneasConocidas(Builder motor, Supplier<Collection<String>> almacenadas) {
        super(motor);
        this.almacenadas = almacenadas;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String agregado) {
        return conInstantanea().contains(agregado) ? super.readSnapshotData(agregado) : Stream.empty();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> instantanea, Serializer serializador) {
        super.storeSnapshot(instantanea, serializador);
        conInstantanea().add(instantanea.getAggregateIdentifier());
    }

    private Set<String> conInstantanea() {
        Set<String> conocidas = conInstantanea;
        if (conocidas == null) {
            synchronized (this) {
                conocidas = conInstantanea;
                if (conocidas == null) {
                    conocidas = ConcurrentHashMap.newKeySet();
                    conocidas.addAll(almacenadas.get());
                    conInstantanea = conocidas;
                }
            }
        }
        return conocidas;
    }
}
