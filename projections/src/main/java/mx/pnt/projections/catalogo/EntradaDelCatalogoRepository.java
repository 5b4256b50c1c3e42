package mx.pnt.projections.catalogo;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface EntradaDelCatalogoRepository extends JpaRepository<EntradaDelCatalogo, String> {

    List<EntradaDelCatalogo> findByTipoOrderByNombreAscIdAsc(String tipo);

    List<EntradaDelCatalogo> findByTipoAndActivoTrueOrderByNombreAscIdAsc(String tipo);
}
