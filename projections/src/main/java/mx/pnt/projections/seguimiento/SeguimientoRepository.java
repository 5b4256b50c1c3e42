package mx.pnt.projections.seguimiento;

import mx.pnt.projections.lectura.Insercion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeguimientoRepository extends JpaRepository<SeguimientoDeFolio, String>, Insercion<SeguimientoDeFolio> {
}
