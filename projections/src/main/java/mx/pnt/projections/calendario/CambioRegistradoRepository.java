package mx.pnt.projections.calendario;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface CambioRegistradoRepository extends JpaRepository<CambioRegistrado, String> {

    /** The changes recorded up to a date (inclusive, in the calendar's zone), in the order they were made. */
    List<CambioRegistrado> findByCalendarioIdAndFechaRegistroLessThanEqualOrderByRevisionAsc(String calendarioId,
                                                                                             LocalDate fecha);
}
