package mx.pnt.projections.plazos;

import mx.pnt.projections.lectura.Insercion;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RecalculoDePlazoRepository extends JpaRepository<RecalculoDePlazo, String>, Insercion<RecalculoDePlazo> {

    List<RecalculoDePlazo> findByExpedienteOrderByRegistradoEnAscEventoIdAsc(String expediente);
}
