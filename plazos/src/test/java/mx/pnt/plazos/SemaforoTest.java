package mx.pnt.plazos;

import static mx.pnt.plazos.Calendarios.fecha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vigésimo tercero VII: board ranges configured by each garante. */
class SemaforoTest {

    private static final CalendarioLaboral CAL = Calendarios.garante2025();
    private static final LocalDate VENCE = fecha(2025, 4, 1);
    private static final RangosSemaforo RANGOS = new RangosSemaforo(10, 4);

    @ParameterizedTest(name = "{0}: {1} restantes -> {2}")
    @CsvSource({
            "2025-03-03, 20, VERDE",
            "2025-03-14, 11, VERDE",
            "2025-03-17, 11, VERDE",     // día inhábil: nothing elapses, same count as on the 14th
            "2025-03-18, 10, AMARILLO",
            "2025-03-25,  5, AMARILLO",
            "2025-03-26,  4, AMARILLO",
            "2025-03-27,  3, ROJO",
            "2025-03-31,  1, ROJO",
            "2025-04-01,  0, ROJO",
            "2025-04-02, -1, ROJO",
    })
    void colorSegunDiasHabilesRestantes(LocalDate fecha, int restantes, ColorSemaforo color) {
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha, VENCE, CAL)).isEqualTo(restantes);
        assertThat(Semaforo.colorDe(VENCE, fecha, CAL, RANGOS)).isEqualTo(color);
    }

    @Test
    @DisplayName("Vencido aunque no haya transcurrido un día hábil: rojo")
    void vencidoEnFinDeSemana() {
        assertThat(Semaforo.colorDe(fecha(2025, 3, 7), fecha(2025, 3, 8), CAL, new RangosSemaforo(1, 1)))
                .isEqualTo(ColorSemaforo.ROJO);
        assertThat(Semaforo.colorDe(fecha(2025, 3, 10), fecha(2025, 3, 8), CAL, new RangosSemaforo(1, 1)))
                .isEqualTo(ColorSemaforo.AMARILLO);
    }

    @Test
    void rangosValidados() {
        assertThatThrownBy(() -> new RangosSemaforo(10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RangosSemaforo(3, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RangosSemaforo(4, 4).verdeMasDe()).isEqualTo(4);
    }
}
