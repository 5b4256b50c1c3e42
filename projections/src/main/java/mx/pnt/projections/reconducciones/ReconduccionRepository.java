package mx.pnt.projections.reconducciones;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface ReconduccionRepository extends JpaRepository<Reconduccion, Reconduccion.Clave> {

    List<Reconduccion> findByFolioOrderByOrdinal(String folio);

    List<Reconduccion> findByGaranteIdAndFechaBetweenOrderByFechaAscReconducidoEnAscFolioAscOrdinalAsc(
            String garanteId, LocalDate desde, LocalDate hasta);
}
