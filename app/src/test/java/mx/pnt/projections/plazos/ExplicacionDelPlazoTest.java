package mx.pnt.projections.plazos;

import mx.pnt.events.plazo.PlazoFijado;
import mx.pnt.events.plazo.RevisionDeCalendario;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.ComputoDePlazos;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Plazo;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A running plazo's proof in words is worded when read, and says exactly what the engine's computo says. */
class ExplicacionDelPlazoTest {

    private static PlazoFijado registrado(Plazo plazo) {
        return new PlazoFijado(plazo.regla().paso().name(), plazo.disparo(), plazo.inicio(), plazo.vencimiento(),
                plazo.dias(), "LGTAIP-2025", 0, plazo.regla(), plazo.ampliaciones(), plazo.reinicio(),
                plazo.regla().citar(), "garante:federal", List.of(new RevisionDeCalendario("garante:federal", 3)),
                plazo.computo());
    }

    @Test
    void laExplicacionEsLaDelComputoConSuReglaDelante() {
        CalendarioLaboral calendario = CalendarioLaboral.de(ZoneId.of("America/Mexico_City"),
                        new HorarioRecepcion(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 3, 17), "Natalicio de Benito Juárez",
                        new Fundamento("ACT-PUB/01/2025", LocalDate.of(2025, 1, 15))));
        PlazoFijado plazo = registrado(ComputoDePlazos.computar(LocalDate.of(2025, 3, 14),
                new ReglaDePlazo(Paso.RESPUESTA, 20, "LGTAIP 2025", "134"), calendario));

        String explicacion = new PlazoEnCurso("120001250000042", plazo).comoVista().explicacion();

        assertThat(explicacion).isEqualTo("Plazo de 20 días hábiles (LGTAIP 2025, art. 134). "
                + plazo.computo().explicar());
        assertThat(explicacion).startsWith("Plazo de 20 días hábiles (LGTAIP 2025, art. 134). 15/03/2025: no se "
                        + "cuenta, sábado. 16/03/2025: no se cuenta, domingo. 17/03/2025: no se cuenta, día inhábil "
                        + "(Natalicio de Benito Juárez; ")
                .contains("18/03/2025: día 1 de 20.").endsWith("14/04/2025: día 20 de 20.");
    }
}
