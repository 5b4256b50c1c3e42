package mx.pnt.projections.lectura;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.transaction.annotation.Transactional;

/** Spring Data finds it by its name, {@link Insercion} plus {@code Impl}, for every repository that extends it. */
class InsercionImpl<T> implements Insercion<T> {

    @PersistenceContext
    private EntityManager entidades;

    @Override
    @Transactional
    public void insertar(T fila) {
        entidades.persist(fila);
    }
}
