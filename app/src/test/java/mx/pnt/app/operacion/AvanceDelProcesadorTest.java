package mx.pnt.app.operacion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12: a read model is up to date when every segment of the token store is processed by this instance or
 * another, and the slowest has reached the head of the store.
 */
class AvanceDelProcesadorTest {

    @Test
    void alDiaConSegmentosRepartidosEntreInstancias() {
        assertThat(new AvanceDelProcesador(120L, 1, 1, 2).enLaCabeza(120)).isTrue();
        assertThat(new AvanceDelProcesador(120L, 0, 2, 2).enLaCabeza(100)).isTrue();
        assertThat(new AvanceDelProcesador(120L, 2, 0, 2).enLaCabeza(120)).isTrue();
    }

    @Test
    void noAlDiaSiUnSegmentoNoLoProcesaNadieOElMasLentoNoLlegaALaCabeza() {
        assertThat(new AvanceDelProcesador(120L, 1, 0, 2).enLaCabeza(120)).as("un segmento sin dueño").isFalse();
        assertThat(new AvanceDelProcesador(119L, 1, 1, 2).enLaCabeza(120)).as("atrasado").isFalse();
        assertThat(new AvanceDelProcesador(null, 1, 1, 2).enLaCabeza(120)).as("sin eventos aún").isFalse();
        assertThat(new AvanceDelProcesador(null, 0, 0, 0).enLaCabeza(0)).as("sin segmentos").isFalse();
        assertThat(new AvanceDelProcesador(null, 1, 1, 2).enLaCabeza(0)).as("almacén vacío").isTrue();
    }
}
