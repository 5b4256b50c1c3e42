package mx.pnt.projections.lectura;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Runs a query handler's reads in one snapshot, so that an answer built from several statements (a row and its
 * milestones, a page and its count, plazos and their history) never mixes states from before and after a
 * projector's commit. A new transaction, because the query bus already opens one (read committed), and joining it
 * would ignore the isolation.
 */
@Component
public class LecturaConsistente {

    private final TransactionTemplate lectura;

    public LecturaConsistente(PlatformTransactionManager transacciones) {
        this.lectura = new TransactionTemplate(transacciones);
        lectura.setReadOnly(true);
        lectura.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        lectura.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T leer(Supplier<T> consulta) {
        return lectura.execute(estado -> consulta.get());
    }
}
