package mx.pnt.plazos;

import static mx.pnt.plazos.Calendarios.fecha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComputoDePlazosTest {

    private static final ConjuntoDeReglas LGTAIP_2025 =
            CatalogoDeReglas.estandar().vigenteAl(fecha(2025, 3, 21), Materia.ACCESO_A_LA_INFORMACION);
    private static final ReglaDePlazo RESPUESTA = LGTAIP_2025.regla(Paso.RESPUESTA);
    private static final ReglaDePlazo AMPLIACION = LGTAIP_2025.regla(Paso.AMPLIACION_RESPUESTA);
    private final CalendarioLaboral cal = Calendarios.garante2025();

    @Test
    @DisplayName("Respuesta, LGTAIP 2025 art. 134: 20 días hábiles saltando fines de semana y el 17/03/2025")
    void respuestaVeinteDias() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal);

        assertThat(plazo.inicio()).isEqualTo(fecha(2025, 3, 4));
        assertThat(plazo.vencimiento()).isEqualTo(fecha(2025, 4, 1));
        assertThat(plazo.dias()).isEqualTo(20);
        assertThat(plazo.revisionCalendario()).isEqualTo(1);
        assertThat(plazo.computo().dias()).hasSize(29);
        assertThat(plazo.explicar()).startsWith("Plazo de 20 días hábiles (LGTAIP 2025, art. 134), a partir del "
                        + "día hábil siguiente al 03/03/2025 (Lineamientos PNT, Cuadragésimo sexto); corre del "
                        + "04/03/2025 al 01/04/2025 (calendario, revisión 1). 04/03/2025: día 1 de 20.")
                .contains("08/03/2025: no se cuenta, sábado. 09/03/2025: no se cuenta, domingo.")
                .contains("17/03/2025: no se cuenta, día inhábil (Natalicio de Benito Juárez; "
                        + "Acuerdo ACT-PUB/01/2025 (DOF 15/01/2025)). 18/03/2025: día 10 de 20.")
                .endsWith("01/04/2025: día 20 de 20.");
    }

    @Test
    @DisplayName("Cuadragésimo sexto: notificado el viernes, el día 1 es el lunes siguiente")
    void notificacionEnViernes() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 7), LGTAIP_2025.regla(Paso.NOTORIA_INCOMPETENCIA), cal);

        assertThat(plazo.inicio()).isEqualTo(fecha(2025, 3, 10));
        assertThat(plazo.vencimiento()).isEqualTo(fecha(2025, 3, 12));
        assertThat(plazo.computo().dias()).extracting(DiaDelComputo::fecha).first().isEqualTo(fecha(2025, 3, 8));
        assertThat(plazo.computo().omitidos()).extracting(d -> d.omision().motivo())
                .containsExactly(MotivoOmision.FIN_DE_SEMANA, MotivoOmision.FIN_DE_SEMANA);
    }

    @Test
    @DisplayName("Cuadragésimo sexto: notificado en día inhábil, corre desde el siguiente día hábil")
    void notificacionEnDiaInhabil() {
        // Notified on the 17/03/2025 holiday: the plazo still starts the next día hábil, the 18th.
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 17), LGTAIP_2025.regla(Paso.INFORMACION_PUBLICA), cal);

        assertThat(plazo.inicio()).isEqualTo(fecha(2025, 3, 18));
        assertThat(plazo.vencimiento()).isEqualTo(fecha(2025, 3, 24));
    }

    @Test
    @DisplayName("Quincuagésimo noveno / LGTAIP 2025 art. 130: el requerimiento reinicia íntegro el plazo tras el desahogo")
    void reinicioTrasDesahogo() {
        Plazo original = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal);

        Plazo reiniciado = ComputoDePlazos.reiniciar(original, fecha(2025, 3, 12), cal);

        assertThat(reiniciado.disparo()).isEqualTo(fecha(2025, 3, 12));
        assertThat(reiniciado.inicio()).isEqualTo(fecha(2025, 3, 13));
        assertThat(reiniciado.vencimiento()).isEqualTo(fecha(2025, 4, 10));
        assertThat(reiniciado.dias()).isEqualTo(20);
        assertThat(reiniciado.reinicio()).isEqualTo(new Reinicio(fecha(2025, 3, 3), fecha(2025, 4, 1), fecha(2025, 3, 12)));
        assertThat(reiniciado.explicar()).contains("computado de nuevo en su totalidad tras el desahogo del 12/03/2025 "
                + "(Lineamientos PNT, Quincuagésimo noveno); corre del 13/03/2025 al 10/04/2025");
        // Recalculating a restarted plazo keeps it restarted from the desahogo.
        assertThat(ComputoDePlazos.recalcular(reiniciado, cal)).isEqualTo(reiniciado);
    }

    @Test
    @DisplayName("Sexagésimo cuarto / LGTAIP 2025 art. 134: la ampliación suma 10 días hábiles tras el vencimiento")
    void ampliacionDeRespuesta() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal);

        Plazo ampliado = ComputoDePlazos.ampliar(plazo, AMPLIACION, cal);

        assertThat(ampliado.vencimiento()).isEqualTo(fecha(2025, 4, 15));
        assertThat(ampliado.dias()).isEqualTo(30);
        assertThat(ampliado.ampliaciones()).containsExactly(AMPLIACION);
        assertThat(ampliado.computo().dias()).filteredOn(DiaDelComputo::contado)
                .extracting(DiaDelComputo::k, DiaDelComputo::n).first().isEqualTo(org.assertj.core.groups.Tuple.tuple(1, 30));
        assertThat(ampliado.explicar()).contains("ampliado 10 días hábiles (LGTAIP 2025, art. 134), 30 días hábiles en total")
                .contains("01/04/2025: día 20 de 30. 02/04/2025: día 21 de 30.")
                .endsWith("15/04/2025: día 30 de 30.");
        // Same as a single 30-day count from the same trigger.
        ReglaDePlazo treinta = new ReglaDePlazo(Paso.RESPUESTA, 30, "prueba", "1");
        assertThat(ComputoDePlazos.computar(fecha(2025, 3, 3), treinta, cal).computo()).isEqualTo(ampliado.computo());
    }

    @Test
    @DisplayName("Nonagésimo primero: la ampliación del recurso de revisión (art. 148) se agrega al reloj de 40 días")
    void ampliacionDeResolucionDeRevision() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 6, 2), LGTAIP_2025.regla(Paso.RESOLVER_RECURSO_REVISION),
                Calendarios.soloFinesDeSemana());
        Plazo ampliado = ComputoDePlazos.ampliar(plazo, LGTAIP_2025.regla(Paso.AMPLIACION_RESOLUCION_REVISION),
                Calendarios.soloFinesDeSemana());

        assertThat(plazo.vencimiento()).isEqualTo(fecha(2025, 7, 28));
        assertThat(ampliado.vencimiento()).isEqualTo(fecha(2025, 8, 25));
    }

    @Test
    @DisplayName("Suspensión retroactiva (caída de la PNT): recalcular recorre el vencimiento y cita el acuerdo")
    void suspensionRetroactiva() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal);
        Fundamento acuerdo = new Fundamento("ACT-PUB/07/2025", fecha(2025, 3, 28));
        // Decreed on 28/03 for 10-12/03, days already counted.
        CalendarioLaboral nuevo = cal.conSuspension(new Suspension(fecha(2025, 3, 10), fecha(2025, 3, 12),
                "falla técnica de la Plataforma Nacional", acuerdo)).conRevision(2);

        Plazo recalculado = ComputoDePlazos.recalcular(plazo, nuevo);

        assertThat(recalculado.vencimiento()).isEqualTo(fecha(2025, 4, 4));
        assertThat(recalculado.revisionCalendario()).isEqualTo(2);
        assertThat(recalculado.disparo()).isEqualTo(plazo.disparo());
        assertThat(recalculado.explicar()).contains("10/03/2025: no se cuenta, suspensión de plazos (falla técnica "
                + "de la Plataforma Nacional; Acuerdo ACT-PUB/07/2025 (DOF 28/03/2025)).");
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 4, 2), plazo.vencimiento(), nuevo)).isEqualTo(-1);
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 4, 2), recalculado.vencimiento(), nuevo)).isEqualTo(2);
    }

    @Test
    @DisplayName("Recalcular con un día inhábil revocado acorta el plazo de nuevo")
    void diaInhabilRevocado() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal);

        Plazo recalculado = ComputoDePlazos.recalcular(plazo, cal.sinDiaInhabil(fecha(2025, 3, 17)).conRevision(3));

        assertThat(recalculado.vencimiento()).isEqualTo(fecha(2025, 3, 31));
    }

    @Test
    void diasHabilesRestantes() {
        LocalDate vencimiento = fecha(2025, 4, 1);
        assertThat(ComputoDePlazos.diasHabilesRestantes(vencimiento, vencimiento, cal)).isZero();
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 3, 31), vencimiento, cal)).isEqualTo(1);
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 3, 3), vencimiento, cal)).isEqualTo(20);
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 4, 2), vencimiento, cal)).isEqualTo(-1);
        // Eleven días hábiles from 02/04 to 16/04; 17-18/04 inhábiles, 19-20 weekend; 21/04 is the twelfth.
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 4, 21), vencimiento, cal)).isEqualTo(-12);
        // Friday deadline, Saturday after: overdue but no día hábil has elapsed yet.
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 3, 8), fecha(2025, 3, 7), cal)).isZero();
    }

    @Test
    @DisplayName("Un plazo vence al terminar su último día: el día del vencimiento aún está en plazo, el siguiente ya no")
    void vencidoAl() {
        // Friday deadline: on the Saturday after, no día hábil has elapsed but the plazo is over.
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 4), LGTAIP_2025.regla(Paso.NOTORIA_INCOMPETENCIA), cal);

        assertThat(plazo.vencimiento()).isEqualTo(fecha(2025, 3, 7));
        assertThat(plazo.vencidoAl(fecha(2025, 3, 6))).isFalse();
        assertThat(plazo.vencidoAl(fecha(2025, 3, 7))).isFalse();
        assertThat(plazo.vencidoAl(fecha(2025, 3, 8))).isTrue();
        assertThat(ComputoDePlazos.diasHabilesRestantes(fecha(2025, 3, 8), plazo.vencimiento(), cal)).isZero();
        assertThat(plazo.vencidoAl(fecha(2025, 3, 10))).isTrue();
    }

    @Test
    void combinadoConCalendarioPropio() {
        CalendarioLaboral propio = Calendarios.soloFinesDeSemana()
                .conDiaInhabil(new DiaInhabil(fecha(2025, 3, 5), "Aniversario del sujeto obligado",
                        new Fundamento("CT/SO/02/2025", fecha(2025, 2, 1))));

        CalendarioLaboral combinado = cal.combinadoCon(propio);

        assertThat(combinado.esDiaHabil(fecha(2025, 3, 5))).isFalse();
        assertThat(combinado.esDiaHabil(fecha(2025, 3, 17))).isFalse();
        assertThat(combinado.esDiaHabil(fecha(2025, 3, 6))).isTrue();
        assertThat(combinado.revision()).isEqualTo(cal.revision());
        assertThat(ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, combinado).vencimiento())
                .isEqualTo(fecha(2025, 4, 2));
    }

    @Test
    void motivoDeOmisionPrefiereFinDeSemana() {
        CalendarioLaboral c = cal.conSuspension(new Suspension(fecha(2025, 3, 14), fecha(2025, 3, 18), "transición",
                Calendarios.ACUERDO_2025));

        assertThat(c.motivoDeOmision(fecha(2025, 3, 15)).orElseThrow().motivo()).isEqualTo(MotivoOmision.FIN_DE_SEMANA);
        assertThat(c.motivoDeOmision(fecha(2025, 3, 17)).orElseThrow().motivo()).isEqualTo(MotivoOmision.DIA_INHABIL);
        assertThat(c.motivoDeOmision(fecha(2025, 3, 18)).orElseThrow().motivo()).isEqualTo(MotivoOmision.SUSPENSION);
        assertThat(c.motivoDeOmision(fecha(2025, 3, 19))).isEmpty();
        assertThat(c.sinSuspension(c.suspensiones().get(0)).esDiaHabil(fecha(2025, 3, 18))).isTrue();
    }

    @Test
    void validaciones() {
        assertThatThrownBy(() -> new Suspension(fecha(2025, 3, 2), fecha(2025, 3, 1), "x", Calendarios.ACUERDO_2025))
                .hasMessageContaining("01/03/2025");
        assertThatThrownBy(() -> new HorarioRecepcion(java.time.LocalTime.of(18, 0), java.time.LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ComputoDePlazos.reiniciar(ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal),
                fecha(2025, 3, 2), cal)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Fundamento("Acuerdo ACT-PUB/01/2025", fecha(2025, 1, 15)).describir())
                .isEqualTo("Acuerdo ACT-PUB/01/2025 (DOF 15/01/2025)");
    }
}
