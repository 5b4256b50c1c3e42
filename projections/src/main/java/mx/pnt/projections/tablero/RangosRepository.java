package mx.pnt.projections.tablero;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Optional;

public interface RangosRepository extends JpaRepository<RangosDelGarante, RangosDelGarante.Clave> {

    /** The ranges in force on {@code fecha}: the latest that took effect on or before it. */
    Optional<RangosDelGarante> findFirstByGaranteIdAndVigenteDesdeLessThanEqualOrderByVigenteDesdeDesc(
            String garanteId, LocalDate fecha);
}
