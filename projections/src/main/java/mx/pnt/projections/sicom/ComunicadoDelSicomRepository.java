package mx.pnt.projections.sicom;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ComunicadoDelSicomRepository extends JpaRepository<ComunicadoDelSicom, String> {

    Page<ComunicadoDelSicom> findByDestinatarioTipoAndDestinatarioIdAndClase(String tipo, String id, String clase,
                                                                             Pageable pagina);

    Page<ComunicadoDelSicom> findByDestinatarioTipoAndDestinatarioIdAndClaseAndLeidoEnIsNull(String tipo, String id,
                                                                                             String clase,
                                                                                             Pageable pagina);

    long countByDestinatarioTipoAndDestinatarioIdAndClaseAndLeidoEnIsNull(String tipo, String id, String clase);

    Page<ComunicadoDelSicom> findByRemitenteTipoAndRemitenteIdAndClase(String tipo, String id, String clase,
                                                                       Pageable pagina);

    Page<ComunicadoDelSicom> findByRemitenteTipoAndRemitenteIdAndClaseAndLeidoEnIsNull(String tipo, String id,
                                                                                       String clase,
                                                                                       Pageable pagina);

    long countByRemitenteTipoAndRemitenteIdAndClaseAndLeidoEnIsNull(String tipo, String id, String clase);

    List<ComunicadoDelSicom> findByRecursoOrderByEnviadoInstanteAscFolioAsc(String recurso);

    List<ComunicadoDelSicom> findByDestinatarioOtrosTrueAndDestinatarioIdIsNullOrderByEnviadoInstanteAsc();
}
