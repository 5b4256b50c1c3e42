package mx.pnt.app.operacion;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rebuild's switch is tried again when PostgreSQL chose it as a deadlock's victim (another instance's lot writing
 * to the served tables meanwhile), and only then: any other failure fails the rebuild at once, and a switch that
 * keeps losing gives up with the last cause.
 */
class ReintentoDelCambioTest {

    @Test
    void unCambioQuePerdioUnInterbloqueoSeIntentaDeNuevoYTermina() {
        AtomicInteger intentos = new AtomicInteger();
        ReconstruccionEnSombra.REINTENTO_DEL_CAMBIO.invoke(() -> {
            if (intentos.incrementAndGet() < 3) {
                throw new PessimisticLockingFailureException("deadlock detected");
            }
        });
        assertThat(intentos).hasValue(3);
    }

    @Test
    void otraFallaNoSeReintenta() {
        AtomicInteger intentos = new AtomicInteger();
        assertThatThrownBy(() -> ReconstruccionEnSombra.REINTENTO_DEL_CAMBIO.invoke(() -> {
            intentos.incrementAndGet();
            throw new DataIntegrityViolationException("llave duplicada");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(intentos).hasValue(1);
    }

    @Test
    void unCambioQueSiemprePierdeSeRindeConLaUltimaCausa() {
        AtomicInteger intentos = new AtomicInteger();
        assertThatThrownBy(() -> ReconstruccionEnSombra.REINTENTO_DEL_CAMBIO.invoke(() -> {
            throw new CannotAcquireLockException("intento " + intentos.incrementAndGet());
        })).isInstanceOf(CannotAcquireLockException.class).hasMessageContaining("intento 6");
        assertThat(intentos).hasValue(6);
    }
}
