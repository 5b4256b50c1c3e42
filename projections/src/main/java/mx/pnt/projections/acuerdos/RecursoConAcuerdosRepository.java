package mx.pnt.projections.acuerdos;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecursoConAcuerdosRepository extends JpaRepository<RecursoConAcuerdos, String> {
}
