package mx.pnt.projections.tablero;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PendienteRepository extends JpaRepository<PendienteDelTablero, String> {
}
