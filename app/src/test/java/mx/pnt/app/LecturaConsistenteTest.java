package mx.pnt.app;

import mx.pnt.projections.lectura.LecturaConsistente;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query's consistent reads are one snapshot on the connection the query already holds: a second connection per
 * query let as many concurrent queries as the pool has connections wait on each other until the pool's timeout.
 */
class LecturaConsistenteTest extends PlataformaEnPruebas {

    @Autowired
    private LecturaConsistente lectura;
    @Autowired
    private PlatformTransactionManager transacciones;

    private record Sesion(Integer proceso, String aislamiento, String soloLectura) {
    }

    private Sesion sesion() {
        return new Sesion(jdbc.queryForObject("select pg_backend_pid()", Integer.class),
                jdbc.queryForObject("show transaction_isolation", String.class),
                jdbc.queryForObject("show transaction_read_only", String.class));
    }

    @Test
    void dentroDeLaTransaccionDelBusUsaSuConexionComoInstantanea() {
        // As the query bus runs a handler: in a transaction of its own, read committed, nothing read yet.
        Sesion[] dentro = new Sesion[1];
        Integer fuera = new TransactionTemplate(transacciones).execute(estado -> {
            dentro[0] = lectura.leer(this::sesion);
            return jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        });
        assertThat(dentro[0].proceso()).as("la misma conexión").isEqualTo(fuera);
        assertThat(dentro[0].aislamiento()).isEqualTo("repeatable read");
        assertThat(dentro[0].soloLectura()).isEqualTo("on");
    }

    @Test
    void sinTransaccionAbreLaSuyaComoInstantanea() {
        Sesion sola = lectura.leer(this::sesion);
        assertThat(sola.aislamiento()).isEqualTo("repeatable read");
        assertThat(sola.soloLectura()).isEqualTo("on");
    }
}
