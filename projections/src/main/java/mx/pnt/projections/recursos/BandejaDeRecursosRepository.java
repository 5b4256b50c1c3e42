package mx.pnt.projections.recursos;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BandejaDeRecursosRepository extends JpaRepository<RecursoEnBandeja, String> {

    /**
     * Open recursos of a garante (of one ponente, of one etapa, when given): earliest running deadline first; a
     * recurso with no running plazo after the dated ones; then by folio.
     */
    @Query(value = "select r from RecursoEnBandeja r where r.garanteId = :garanteId "
            + "and (:ponenteId is null or r.ponenteId = :ponenteId) and (:etapa is null or r.etapa = :etapa) "
            + "order by case when r.vencimiento is null then 1 else 0 end, r.vencimiento, r.folio",
            countQuery = "select count(r) from RecursoEnBandeja r where r.garanteId = :garanteId "
                    + "and (:ponenteId is null or r.ponenteId = :ponenteId) and (:etapa is null or r.etapa = :etapa)")
    Page<RecursoEnBandeja> porUrgencia(String garanteId, String ponenteId, String etapa, Pageable pagina);
}
