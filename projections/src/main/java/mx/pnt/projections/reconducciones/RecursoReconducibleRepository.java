package mx.pnt.projections.reconducciones;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecursoReconducibleRepository extends JpaRepository<RecursoReconducible, String> {
}
