package mx.pnt.command.calendario;

import mx.pnt.events.calendario.CambioDeCalendario;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract the recalculation policy relies on: the affected range and a description citing the agreement. */
class CambioDeCalendarioTest {

    @Test
    void laSuspensionDescribeSuRangoYSuAcuerdo() {
        CambioDeCalendario cambio = new SuspensionDecretada("plataforma", "s", LocalDate.of(2022, 7, 1),
                LocalDate.of(2022, 7, 15), "Falla de la Plataforma", "X", LocalDate.of(2022, 6, 30), 4L);
        assertThat(cambio.afectaDesde()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(cambio.afectaHasta()).isEqualTo(LocalDate.of(2022, 7, 15));
        assertThat(cambio.describir()).startsWith("Suspensión de plazos del 01/07/2022 al 15/07/2022")
                .endsWith("(Acuerdo X, DOF 30/06/2022)");
    }

    @Test
    void elLevantamientoAfectaLasFechasQueLaSuspensionCubria() {
        CambioDeCalendario cambio = new SuspensionLevantada("garante:federal", "s", LocalDate.of(2025, 3, 21),
                LocalDate.of(2025, 6, 13), LocalDate.of(2025, 6, 2), "Acuerdo ACT-PUB/05/2025",
                LocalDate.of(2025, 6, 10), 9L);
        // Only the days from the lifting on count again.
        assertThat(cambio.afectaDesde()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(cambio.afectaHasta()).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(cambio.describir()).contains("(Acuerdo ACT-PUB/05/2025, DOF 10/06/2025)");
    }

    @Test
    void elDiaInhabilYElHorarioDicenQueFechasAfectan() {
        CambioDeCalendario dia = new DiaInhabilDeclarado("garante:qroo", LocalDate.of(2025, 5, 1), "Día del Trabajo",
                "A", LocalDate.of(2025, 1, 10), 2L);
        assertThat(dia.afectaDesde()).isEqualTo(dia.afectaHasta()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(dia.describir()).isEqualTo("Día inhábil el 01/05/2025: Día del Trabajo (Acuerdo A, DOF 10/01/2025)");
        CambioDeCalendario horario = new HorarioDeRecepcionCambiado("garante:qroo", LocalTime.of(8, 0),
                LocalTime.of(15, 0), LocalDate.of(2025, 6, 2), "B", LocalDate.of(2025, 5, 30), 3L);
        assertThat(horario.afectaDesde()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(horario.afectaHasta()).isEqualTo(LocalDate.MAX);
        assertThat(horario.soloRecepciones()).isTrue();
        assertThat(dia.soloRecepciones()).isFalse();
        assertThat(horario.describir()).contains("08:00 a 15:00");
    }
}
