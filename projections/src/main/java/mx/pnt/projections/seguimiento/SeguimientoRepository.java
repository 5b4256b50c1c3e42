package mx.pnt.projections.seguimiento;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeguimientoRepository extends JpaRepository<SeguimientoDeFolio, String> {
}
