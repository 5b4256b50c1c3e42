package mx.pnt.projections.plazos;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.transaction.annotation.Transactional;

import java.io.Serializable;
import java.util.Set;

/**
 * Spring Data finds it by its name, {@link ReemplazoDePlazo} plus {@code Impl}.
 *
 * <p>The replacing statement sees the lot's earlier events on the plazos' table: when the lot has inserts or deletes
 * of plazos pending, they are flushed first. Nothing else is. Hibernate 7 would otherwise go through every entity
 * the lot holds before the statement (it reads the session's flush mode for that, not the statement's), in every read
 * model of a rebuild, once per recomputed plazo: a quarter of a rebuild's time (docs/performance.md).
 */
class ReemplazoDePlazoImpl implements ReemplazoDePlazo {

    @PersistenceContext
    private EntityManager entidades;

    @Override
    @Transactional
    public void reemplazar(PlazoEnCurso plazo) {
        SessionImplementor sesion = entidades.unwrap(SessionImplementor.class);
        if (sesion.getActionQueue().areTablesToBeUpdated(tablaDeLosPlazos(sesion))) {
            sesion.flush();
        }
        FlushMode modo = sesion.getHibernateFlushMode();
        sesion.setHibernateFlushMode(FlushMode.MANUAL);
        int reemplazadas;
        try {
            reemplazadas = plazo.reemplazarEn(entidades);
        } finally {
            sesion.setHibernateFlushMode(modo);
        }
        if (reemplazadas == 0) {
            entidades.persist(plazo);
        }
    }

    /** The table as Hibernate's queue of pending statements names it, from the entity's own mapping. */
    private static Set<Serializable> tablaDeLosPlazos(SessionImplementor sesion) {
        return Set.of(sesion.getFactory().getMappingMetamodel().getEntityDescriptor(PlazoEnCurso.class)
                .getQuerySpaces());
    }
}
