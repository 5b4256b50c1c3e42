package mx.pnt.projections.seguimiento;

import mx.pnt.projections.lectura.Insercion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HitoRepository extends JpaRepository<HitoDelFolio, HitoDelFolio.Clave>, Insercion<HitoDelFolio> {
}
