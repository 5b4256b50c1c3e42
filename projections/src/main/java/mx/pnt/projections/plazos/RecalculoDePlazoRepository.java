package mx.pnt.projections.plazos;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RecalculoDePlazoRepository extends JpaRepository<RecalculoDePlazo, String> {

    List<RecalculoDePlazo> findByExpedienteOrderByRegistradoEnAscEventoIdAsc(String expediente);
}
