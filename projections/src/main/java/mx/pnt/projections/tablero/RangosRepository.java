package mx.pnt.projections.tablero;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RangosRepository extends JpaRepository<RangosDelGarante, RangosDelGarante.Clave> {
}
