package mx.pnt.command.recalculo;

import mx.pnt.command.solicitud.RecalcularPlazos;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue row of a recomputation leaves with the command's own commit, and only then. */
class RecalculoHechoTest {

    private final List<String> sentencias = new ArrayList<>();
    private final JdbcTemplate jdbc = new JdbcTemplate() {
        @Override
        public int update(String sql, Object... argumentos) {
            sentencias.add(sql + " " + List.of(argumentos));
            return 1;
        }
    };
    private final RecalculoHecho interceptor = new RecalculoHecho(jdbc);

    private static CommandMessage<?> comando(Map<String, ?> metadatos) {
        return GenericCommandMessage.asCommandMessage(new RecalcularPlazos("120001260000001", "prueba"))
                .andMetaData(metadatos);
    }

    @Test
    void alConfirmarseElComandoSuFilaSaleDeLaColaEnLaMismaTransaccion() throws Exception {
        DefaultUnitOfWork<CommandMessage<?>> unidad = DefaultUnitOfWork.startAndGet(
                comando(Map.of(RecalculoHecho.PENDIENTE, "42")));
        Object resultado = interceptor.handle(unidad, () -> {
            assertThat(sentencias).as("nada se borra antes de que el comando decida").isEmpty();
            return "hecho";
        });
        assertThat(resultado).isEqualTo("hecho");
        assertThat(sentencias).isEmpty();

        unidad.commit();

        assertThat(sentencias).containsExactly("delete from mando_recalculo_pendiente where id = ? [42]");
    }

    @Test
    void unComandoQueFallaDejaSuFilaEnLaCola() throws Exception {
        DefaultUnitOfWork<CommandMessage<?>> unidad = DefaultUnitOfWork.startAndGet(
                comando(Map.of(RecalculoHecho.PENDIENTE, "42")));
        interceptor.handle(unidad, () -> null);

        unidad.rollback(new IllegalStateException("rechazado"));

        assertThat(sentencias).isEmpty();
    }

    @Test
    void unComandoAjenoALaColaNoBorraNada() throws Exception {
        DefaultUnitOfWork<CommandMessage<?>> unidad = DefaultUnitOfWork.startAndGet(comando(Map.of()));
        interceptor.handle(unidad, () -> null);

        unidad.commit();

        assertThat(sentencias).isEmpty();
    }
}
