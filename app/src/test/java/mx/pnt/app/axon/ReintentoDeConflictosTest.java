package mx.pnt.app.axon;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #12: a command that lost the event store's sequence check to another instance is decided again; nothing
 * else is retried.
 */
class ReintentoDeConflictosTest {

    private final AtomicInteger intentos = new AtomicInteger();

    @Test
    void unConflictoDeConcurrenciaSeDecideDeNuevoHastaQueEntra() {
        CommandGateway gateway = gatewayQue(() -> intentos.incrementAndGet() <= 2
                ? conflicto() : "registrado en el intento " + intentos.get());
        assertThat((String) gateway.sendAndWait("declarar")).isEqualTo("registrado en el intento 3");
        assertThat(intentos).hasValue(3);
    }

    @Test
    void unConflictoQuePersisteSeRespondeTrasLosReintentos() {
        CommandGateway gateway = gatewayQue(() -> {
            intentos.incrementAndGet();
            return conflicto();
        });
        assertThatThrownBy(() -> gateway.sendAndWait("declarar"))
                .satisfies(falla -> assertThat(ReintentoDeConflictos.conflictoDeConcurrencia(falla)).isTrue());
        assertThat(intentos).hasValue(1 + ReintentoDeConflictos.REINTENTOS);
    }

    @Test
    void unRechazoUnaCreacionRepetidaOUnaFallaNoSeReintentan() {
        for (RuntimeException falla : new RuntimeException[]{new IllegalStateException("rechazo del dominio"),
                new AggregateStreamCreationException("folio tomado"),
                new IllegalStateException("base de datos", new java.sql.SQLException("conexión perdida"))}) {
            intentos.set(0);
            CommandGateway gateway = gatewayQue(() -> {
                intentos.incrementAndGet();
                throw falla;
            });
            assertThatThrownBy(() -> gateway.sendAndWait("declarar")).isSameAs(falla);
            assertThat(intentos).as(falla.getMessage()).hasValue(1);
        }
    }

    @Test
    void elConflictoSeReconoceEnCualquierEslabonDeLaCadenaDeCausas() {
        assertThat(ReintentoDeConflictos.conflictoDeConcurrencia(
                new IllegalStateException("envoltura", new ConcurrencyException("secuencia tomada")))).isTrue();
        assertThat(ReintentoDeConflictos.conflictoDeConcurrencia(new ConcurrencyException("secuencia"))).isTrue();
        assertThat(ReintentoDeConflictos.conflictoDeConcurrencia(new IllegalStateException("otra"))).isFalse();
        assertThat(ReintentoDeConflictos.conflictoDeConcurrencia(
                new IllegalStateException("envoltura", new AggregateStreamCreationException("creado")))).isFalse();
    }

    private static String conflicto() {
        throw new ConcurrencyException("Otra instancia anexó el evento con esa secuencia");
    }

    private static CommandGateway gatewayQue(Supplier<Object> manejador) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(String.class.getName(), comando -> manejador.get());
        return new ReintentoDeConflictos().commandGateway(bus);
    }
}
