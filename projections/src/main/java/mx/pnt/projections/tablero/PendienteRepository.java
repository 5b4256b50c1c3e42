package mx.pnt.projections.tablero;

import mx.pnt.projections.lectura.Insercion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PendienteRepository extends JpaRepository<PendienteDelTablero, String>, Insercion<PendienteDelTablero> {
}
