package mx.pnt.projections.seguimiento;

import mx.pnt.app.PlataformaEnPruebas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Insercion: the row an event opens is persisted without reading it first. A row already there under its key is a
 * fault, and the lot that meets it fails (to be retried or parked) instead of overwriting what was projected.
 */
class InsercionDeHitosTest extends PlataformaEnPruebas {

    private static final String DESCRIPCION = "select descripcion from seguimiento_hito where folio = ? and secuencia = ?";

    @Autowired
    private HitoRepository hitos;
    @Autowired
    private PlatformTransactionManager transacciones;

    @Test
    void unaFilaYaProyectadaNoSeSobrescribeYUnaNuevaSeInserta() {
        String folio = (String) presentarSolicitud("so-salud", "Inserción sin lectura previa").get("folio");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(DESCRIPCION, String.class, folio, 0L)
                .size() == 1);
        String proyectada = jdbc.queryForObject(DESCRIPCION, String.class, folio, 0L);
        TransactionTemplate transaccion = new TransactionTemplate(transacciones);
        LocalDateTime cuando = LocalDateTime.of(2026, 2, 10, 10, 0);
        try {
            assertThatThrownBy(() -> transaccion.executeWithoutResult(estado -> hitos.insertar(
                    new HitoDelFolio(folio, 0, cuando, "PRESENTADA", "sobrescrita"))))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThat(jdbc.queryForObject(DESCRIPCION, String.class, folio, 0L)).isEqualTo(proyectada);

            transaccion.executeWithoutResult(estado -> hitos.insertar(
                    new HitoDelFolio(folio, 999, cuando, "PRUEBA", "nueva")));
            assertThat(jdbc.queryForObject(DESCRIPCION, String.class, folio, 999L)).isEqualTo("nueva");
        } finally {
            jdbc.update("delete from seguimiento_hito where folio = ? and secuencia = 999", folio);
        }
    }
}
