package mx.pnt.projections.plazos;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.transaction.annotation.Transactional;

/** Spring Data finds it by its name, {@link ReemplazoDePlazo} plus {@code Impl}. */
class ReemplazoDePlazoImpl implements ReemplazoDePlazo {

    @PersistenceContext
    private EntityManager entidades;

    @Override
    @Transactional
    public void reemplazar(PlazoEnCurso plazo) {
        if (plazo.reemplazarEn(entidades) == 0) {
            entidades.persist(plazo);
        }
    }
}
