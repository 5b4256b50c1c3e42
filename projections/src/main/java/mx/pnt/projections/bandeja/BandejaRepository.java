package mx.pnt.projections.bandeja;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import mx.pnt.projections.lectura.Insercion;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BandejaRepository extends JpaRepository<SolicitudEnBandeja, String>, Insercion<SolicitudEnBandeja> {

    /**
     * Open solicitudes (an answered one is kept, hidden, until it is concluded, and shown while an act waits to be
     * notified); earliest deadline first; a plazo without deadline (suspended, or waiting for a notification) after
     * every dated one; then by folio.
     */
    @Query(value = "select s from SolicitudEnBandeja s where s.sujetoObligadoId = :sujetoObligadoId "
            + "and (s.estado <> 'RESPONDIDA' or s.porNotificar <> '') "
            + "order by case when s.vencimiento is null then 1 else 0 end, s.vencimiento, s.folio",
            countQuery = "select count(s) from SolicitudEnBandeja s where s.sujetoObligadoId = :sujetoObligadoId "
                    + "and (s.estado <> 'RESPONDIDA' or s.porNotificar <> '')")
    Page<SolicitudEnBandeja> porUrgencia(String sujetoObligadoId, Pageable pagina);
}
