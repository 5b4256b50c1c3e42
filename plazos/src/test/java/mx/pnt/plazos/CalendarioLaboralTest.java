package mx.pnt.plazos;

import static mx.pnt.plazos.Calendarios.ACUERDO_2025;
import static mx.pnt.plazos.Calendarios.CDMX;
import static mx.pnt.plazos.Calendarios.fecha;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The calendar as a value: the aggregates compare it, list its días inhábiles and change its hours. */
class CalendarioLaboralTest {

    private static final DiaInhabil CONSTITUCION = new DiaInhabil(fecha(2025, 2, 3), "Día de la Constitución",
            ACUERDO_2025);
    private static final DiaInhabil JUAREZ = new DiaInhabil(fecha(2025, 3, 17), "Natalicio de Benito Juárez",
            ACUERDO_2025);
    private static final Suspension FALLA = new Suspension(fecha(2025, 5, 5), fecha(2025, 5, 9),
            "falla de la Plataforma", ACUERDO_2025);

    private static CalendarioLaboral base() {
        return Calendarios.soloFinesDeSemana().conDiaInhabil(CONSTITUCION).conDiaInhabil(JUAREZ)
                .conSuspension(FALLA).conRevision(4);
    }

    @Test
    @DisplayName("Dos calendarios con la misma zona, horario, días inhábiles, suspensiones y revisión son iguales")
    void igualdadPorValor() {
        // Declared in another order: the días inhábiles are a set by date.
        CalendarioLaboral mismo = Calendarios.soloFinesDeSemana().conRevision(4).conSuspension(FALLA)
                .conDiaInhabil(JUAREZ).conDiaInhabil(CONSTITUCION);
        CalendarioLaboral cal = base();

        assertThat(cal.equals(cal)).isTrue();
        assertThat(cal.equals(mismo)).isTrue();
        assertThat(cal.hashCode()).isEqualTo(mismo.hashCode());
        assertThat(cal.equals(null)).isFalse();
        assertThat(cal.equals(cal.toString())).isFalse();
    }

    @Test
    @DisplayName("Cualquier diferencia de zona, horario, días inhábiles, suspensiones o revisión los distingue")
    void cadaCampoDistingue() {
        CalendarioLaboral cal = base();

        assertThat(cal.equals(cal.conRevision(5))).isFalse();
        assertThat(cal.equals(cal.conZona(ZoneId.of("America/Cancun")))).isFalse();
        assertThat(cal.equals(cal.conHorario(HorarioRecepcion.todoElDia()))).isFalse();
        assertThat(cal.equals(cal.sinDiaInhabil(JUAREZ.fecha()))).isFalse();
        assertThat(cal.equals(cal.conDiaInhabil(new DiaInhabil(JUAREZ.fecha(), "otro motivo", ACUERDO_2025))))
                .isFalse();
        assertThat(cal.equals(cal.sinSuspension(FALLA))).isFalse();
    }

    @Test
    @DisplayName("Los días inhábiles se listan por fecha, cualquiera que sea el orden en que se declararon")
    void diasInhabilesPorFecha() {
        CalendarioLaboral cal = Calendarios.soloFinesDeSemana().conDiaInhabil(JUAREZ)
                .conDiaInhabil(new DiaInhabil(fecha(2025, 1, 1), "Año Nuevo", ACUERDO_2025))
                .conDiaInhabil(CONSTITUCION);

        assertThat(cal.diasInhabiles()).extracting(DiaInhabil::fecha)
                .containsExactly(fecha(2025, 1, 1), fecha(2025, 2, 3), fecha(2025, 3, 17));
    }

    @Test
    @DisplayName("Cuadragésimo noveno: con el horario de todo el día, una recepción a las 23:59 de un día hábil cuenta ese día")
    void conHorarioDeTodoElDia() {
        // Tuesday 04/03/2025 23:59 in Mexico City (UTC-6): after the 18:00 closing of the garante's usual hours.
        InstanteLegal nocturno = InstanteLegal.observar(Instant.parse("2025-03-05T05:59:00Z"), CDMX);
        CalendarioLaboral cal = base();

        CalendarioLaboral todoElDia = cal.conHorario(HorarioRecepcion.todoElDia());

        assertThat(todoElDia.horario()).isEqualTo(new HorarioRecepcion(LocalTime.MIDNIGHT, LocalTime.MAX));
        assertThat(todoElDia.diasInhabiles()).isEqualTo(cal.diasInhabiles());
        assertThat(todoElDia.suspensiones()).isEqualTo(cal.suspensiones());
        assertThat(todoElDia.revision()).isEqualTo(cal.revision());
        assertThat(ComputoDePlazos.recepcionEfectiva(nocturno, cal).fechaEfectiva()).isEqualTo(fecha(2025, 3, 5));
        assertThat(ComputoDePlazos.recepcionEfectiva(nocturno, todoElDia).fechaEfectiva()).isEqualTo(fecha(2025, 3, 4));
    }
}
