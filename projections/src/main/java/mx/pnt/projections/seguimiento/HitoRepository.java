package mx.pnt.projections.seguimiento;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HitoRepository extends JpaRepository<HitoDelFolio, HitoDelFolio.Clave> {
}
