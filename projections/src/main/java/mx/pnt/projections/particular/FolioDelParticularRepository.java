package mx.pnt.projections.particular;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import mx.pnt.projections.lectura.Insercion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FolioDelParticularRepository extends JpaRepository<FolioDelParticular, String>, Insercion<FolioDelParticular> {

    /** Newest first; the folio breaks a tie, so a page is the same on every read. */
    Page<FolioDelParticular> findByParticularOrderByRecibidoLocalDescFolioDesc(String particular, Pageable pagina);
}
