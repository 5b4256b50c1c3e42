package mx.pnt.projections.calendario;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarioRegistradoRepository extends JpaRepository<CalendarioRegistrado, String> {
}
