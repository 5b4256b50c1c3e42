package mx.pnt.projections.acuerdos;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AcuerdoDeRecursoRepository extends JpaRepository<AcuerdoDeRecurso, String> {

    List<AcuerdoDeRecurso> findByFolioOrderByAcordadoEnAscAcuerdoAsc(String folio);
}
