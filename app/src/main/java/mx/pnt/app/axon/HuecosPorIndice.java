package mx.pnt.app.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

import java.util.List;

/**
 * Axon's JPA storage engine, reading a processor's gaps through the primary key instead of walking it.
 *
 * <p>A gap is an index of the store that a processor passed while the transaction holding it had not committed yet.
 * With gaps in its token, Axon asks for {@code global_index > :token or global_index in (:gaps)}, ordered and limited.
 * Once pgjdbc prepares that statement, PostgreSQL plans it once for any value. That generic plan walks the primary key
 * from the store's first event and filters every row until it finds the few asked for. It took 10 ms on a store of
 * 24,000 events and grows with the store, and it runs whenever a processor reads while other transactions are still
 * committing: under load, most of the time (docs/performance.md, "Gaps read by walking the store").
 *
 * <p>Here the same rows come from one statement of two branches, each an index condition: the gaps that have
 * committed since, and the events after the token, up to the batch. Gaps are always below the token, so the union in
 * index order is what Axon's statement returns.
 */
public class HuecosPorIndice extends JpaEventStorageEngine {

    private static final String COLUMNAS = "select global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry";

    /** The events of the gaps, then those after the token; {@code :lote} rows at most, in index order. */
    static final String CON_HUECOS = "(" + COLUMNAS + " where global_index in (:huecos)) union all (" + COLUMNAS
            + " where global_index > :token order by global_index limit :lote) order by 1 limit :lote";

    protected HuecosPorIndice(Builder motor) {
        super(motor);
    }

    /** Without gaps, Axon's own statement is already an index condition. */
    @Override
    @SuppressWarnings("unchecked")
    protected List<Object[]> fetchEvents(GapAwareTrackingToken anterior) {
        if (anterior == null || anterior.getGaps().isEmpty()) {
            return super.fetchEvents(anterior);
        }
        return entityManager().createNativeQuery(CON_HUECOS)
                .setParameter("huecos", anterior.getGaps())
                .setParameter("token", anterior.getIndex())
                .setParameter("lote", batchSize())
                .getResultList();
    }
}
