package mx.pnt.projections.plazos;

import mx.pnt.projections.lectura.Insercion;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

public interface PlazoEnCursoRepository extends JpaRepository<PlazoEnCurso, PlazoEnCurso.Clave>, Insercion<PlazoEnCurso>,
        ReemplazoDePlazo {

    List<PlazoEnCurso> findByExpedienteOrderByPaso(String expediente);

    /** Entity by entity, so a lot of events handled in one transaction never sees a row it deleted. */
    @Transactional
    void deleteByExpediente(String expediente);

    @Transactional
    void deleteByExpedienteAndPasoNot(String expediente, String paso);
}
