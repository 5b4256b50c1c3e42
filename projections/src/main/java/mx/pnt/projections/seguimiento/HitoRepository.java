package mx.pnt.projections.seguimiento;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface HitoRepository extends JpaRepository<HitoDelFolio, HitoDelFolio.Clave> {

    List<HitoDelFolio> findByFolioOrderBySecuencia(String folio);
}
