package mx.pnt.app.registro;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring and Spring Security log through Commons Logging with lazy messages (LogMessage), many per request, at DEBUG.
 * With DEBUG off none may be composed: {@code META-INF/services/org.apache.commons.logging.LogFactory} picks the Log4j
 * API adapter, which asks the level first. Commons Logging's own SLF4J adapter, its choice otherwise, would compose
 * each one and throw it away.
 */
class LogDeDepuracionPerezosoTest {

    private static final String NOMBRE = "mx.pnt.prueba.depuracion";

    @Test
    void conLaDepuracionApagadaNingunMensajeSeCompone() {
        ((Logger) LoggerFactory.getLogger(NOMBRE)).setLevel(Level.INFO);
        Log log = LogFactory.getLog(NOMBRE);
        AtomicInteger compuestos = new AtomicInteger();
        Object mensaje = new Object() {
            @Override
            public String toString() {
                compuestos.incrementAndGet();
                return "mensaje de prueba";
            }
        };

        // The adapter the platform names; the tests' classpath also holds jcl-over-slf4j, which would be taken without it.
        assertThat(log.getClass().getName()).startsWith("org.apache.commons.logging.impl.Log4jApiLogFactory$");
        assertThat(log.isDebugEnabled()).isFalse();
        log.debug(mensaje);
        log.trace(mensaje);
        log.debug(mensaje, new IllegalStateException("prueba"));
        assertThat(compuestos).hasValue(0);

        // What is on still reaches SLF4J, composed once.
        log.info(mensaje);
        assertThat(compuestos).hasValue(1);
    }

    @Test
    void laDepuracionEncendidaSeRespeta() {
        ((Logger) LoggerFactory.getLogger(NOMBRE + ".encendida")).setLevel(Level.DEBUG);
        Log log = LogFactory.getLog(NOMBRE + ".encendida");
        AtomicInteger compuestos = new AtomicInteger();
        log.debug(new Object() {
            @Override
            public String toString() {
                compuestos.incrementAndGet();
                return "mensaje de prueba";
            }
        });
        assertThat(log.isDebugEnabled()).isTrue();
        assertThat(compuestos).hasValue(1);
    }
}
