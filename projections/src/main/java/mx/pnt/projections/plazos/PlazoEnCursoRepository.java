package mx.pnt.projections.plazos;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PlazoEnCursoRepository extends JpaRepository<PlazoEnCurso, PlazoEnCurso.Clave> {

    List<PlazoEnCurso> findByExpedienteOrderByPaso(String expediente);
}
