package mx.pnt.projections.lectura;

import mx.pnt.app.PlataformaEnPruebas;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lot's SQL writes leave at its commit, in order, each run of one statement as one JDBC batch; a read inside the lot
 * sends them first; outside a lot they leave at once.
 */
class SentenciasDelLoteTest extends PlataformaEnPruebas {

    private static final String TABLA = "prueba_sentencias_del_lote";
    private static final String INSERTAR = "insert into " + TABLA + " (folio, n) values (?, ?)";
    private static final String SUMAR = "update " + TABLA + " set n = n + ? where folio = ?";

    @Autowired
    private DataSource datos;

    /** What reached PostgreSQL, in order: a statement and how many rows it carried. */
    private final List<String> enviadas = new ArrayList<>();
    private SentenciasDelLote sentencias;

    @BeforeEach
    void tabla() {
        jdbc.execute("create table " + TABLA + " (folio text primary key, n int not null)");
        sentencias = new SentenciasDelLote(new JdbcTemplate(datos) {
            @Override
            public int update(String sql, Object... valores) {
                enviadas.add(sql + " x1");
                return super.update(sql, valores);
            }

            @Override
            public int[] batchUpdate(String sql, List<? extends Object[]> filas) {
                enviadas.add(sql + " x" + filas.size());
                return super.batchUpdate(sql, filas);
            }
        });
    }

    @AfterEach
    void sinTabla() {
        jdbc.execute("drop table " + TABLA);
    }

    /** {@code trabajo} in a lot, in one transaction, as a processor runs its handlers (once: a lot of one event). */
    private void enUnLote(Runnable trabajo) {
        List<EventMessage<?>> mensajes = List.of(GenericEventMessage.asEventMessage("lote"));
        sentenciasEnUnaTransaccion(() -> new BatchingUnitOfWork<>(mensajes).executeWithResult(() -> {
            trabajo.run();
            return null;
        }));
    }

    private int n(String folio) {
        return jdbc.queryForObject("select n from " + TABLA + " where folio = ?", Integer.class, folio);
    }

    @Test
    void unLoteEnviaSusEscriturasAlConfirmarseUnaTandaPorSentencia() {
        enUnLote(() -> {
            sentencias.escribir(INSERTAR, "a", 1);
            sentencias.escribir(INSERTAR, "b", 2);
            sentencias.escribir(INSERTAR, "c", 3);
            sentencias.escribir(SUMAR, 10, "a");
            sentencias.escribir(SUMAR, 20, "b");
            sentencias.escribir(INSERTAR, "d", 4);
            assertThat(enviadas).as("nothing leaves before the commit").isEmpty();
        });

        // In their order: the update must find the rows inserted before it.
        assertThat(enviadas).containsExactly(INSERTAR + " x3", SUMAR + " x2", INSERTAR + " x1");
        assertThat(List.of(n("a"), n("b"), n("c"), n("d"))).containsExactly(11, 22, 3, 4);
    }

    @Test
    void unaLecturaDentroDelLoteVeLoQueElLoteEscribio() {
        List<Integer> leido = new ArrayList<>();
        enUnLote(() -> {
            sentencias.escribir(INSERTAR, "a", 5);
            leido.addAll(sentencias.consultar("select n from " + TABLA + " where folio = ?", Integer.class, "a"));
            sentencias.escribir(SUMAR, 1, "a");
        });

        assertThat(leido).containsExactly(5);
        assertThat(enviadas).containsExactly(INSERTAR + " x1", SUMAR + " x1");
        assertThat(n("a")).isEqualTo(6);
    }

    @Test
    void fueraDeUnLoteCadaEscrituraSaleEnSeguida() {
        sentencias.escribir(INSERTAR, "a", 7);

        assertThat(enviadas).containsExactly(INSERTAR + " x1");
        assertThat(n("a")).isEqualTo(7);
    }
}
