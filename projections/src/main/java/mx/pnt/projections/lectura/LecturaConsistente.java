package mx.pnt.projections.lectura;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Runs a query handler's reads in one snapshot, so that an answer built from several statements (a row and its
 * milestones, a page and its count, plazos and their history) never mixes states from before and after a
 * projector's commit.
 * <p>
 * The query bus already opens a transaction for each query (read committed). A second one of our own (the former
 * {@code REQUIRES_NEW}) held two pooled connections per query, and with as many queries at once as the pool has
 * connections, each held one and waited for another: the read side stopped for the pool's 30 s timeout (measured
 * at 500 tracking requests/s, docs/performance.md). So the reads join the bus's transaction and make it a snapshot
 * with their first statement; without one, they open their own.
 */
@Component
public class LecturaConsistente {

    private final TransactionTemplate lectura;
    private final JdbcTemplate jdbc;

    public LecturaConsistente(PlatformTransactionManager transacciones, JdbcTemplate jdbc) {
        this.lectura = new TransactionTemplate(transacciones);
        lectura.setReadOnly(true);
        lectura.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        lectura.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.jdbc = jdbc;
    }

    public <T> T leer(Supplier<T> consulta) {
        return lectura.execute(estado -> {
            if (!estado.isNewTransaction()) {
                // Allowed only before the transaction's first statement: a handler reads through here from the
                // start, or PostgreSQL refuses it (and a test fails) rather than serve a mixed answer.
                jdbc.execute("set transaction isolation level repeatable read, read only");
            }
            return consulta.get();
        });
    }
}
