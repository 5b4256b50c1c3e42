package mx.pnt.projections.lectura;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rows a lot of events will change, read with one statement when the lot first needs one, instead of one
 * statement per event. A read model whose row is keyed by its procedure's aggregate identifier (the folio) names its
 * entity and those aggregates' types; the rows of every such event of the lot then enter the lot's persistence
 * context, where the handlers' {@code findById} finds them.
 *
 * <p>Only reads are saved: each handler still changes its row in the order of the events, and a row the lot has
 * already inserted, loaded or deleted is taken as the lot holds it (Hibernate's multi-load looks in the persistence
 * context first and flushes nothing). An event whose row is not loaded here is read by its handler as before.
 */
@Component
public class PrecargaDelLote {

    /** Marks, in the lot's resources, an entity whose rows the lot has loaded. */
    private static final String PRECARGADA = "pnt.precarga.";

    @PersistenceContext
    private EntityManager entidades;

    /**
     * Once per lot and entity: loads the rows of {@code entidad} whose identifiers are the aggregate identifiers of
     * the lot's events from aggregates of {@code tipos}. Does nothing outside a lot, or for a lot of one such event.
     */
    public void precargar(Class<?> entidad, Set<String> tipos) {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> lote)
                || lote.getMessages().size() < 2
                || lote.resources().putIfAbsent(PRECARGADA + entidad.getName(), Boolean.TRUE) != null) {
            return;
        }
        Set<String> identificadores = new LinkedHashSet<>();
        for (Object mensaje : lote.getMessages()) {
            if (mensaje instanceof DomainEventMessage<?> evento && tipos.contains(evento.getType())) {
                identificadores.add(evento.getAggregateIdentifier());
            }
        }
        if (identificadores.size() > 1) {
            // Rows the lot already holds are not asked for again; the order of the result does not matter.
            entidades.unwrap(Session.class).byMultipleIds(entidad).enableSessionCheck(true).enableOrderedReturn(false)
                    .multiLoad(identificadores.stream().toList());
        }
    }
}
