package mx.pnt.app;

import mx.pnt.command.calendario.AbrirCalendario;
import mx.pnt.command.calendario.CalendarioCombinado;
import mx.pnt.command.calendario.CalendariosLookup;
import mx.pnt.command.calendario.DeclararDiaInhabil;
import mx.pnt.events.MetadatosDelActor;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side combines a garante's calendar with the platform's once per pair of revisions: a presentation
 * reuses the combination, a change makes a new one, and the old revisions still give the calendar as it was.
 */
class CalendariosCombinadosTest extends PlataformaEnPruebas {

    private static final String CALENDARIO = AbrirCalendario.idDelGarante("combinados");
    private static final MetaData ADMIN = MetaData.from(new MetadatosDelActor("admin", "ADMIN", null, null)
            .comoMapa());

    @Autowired
    private CalendariosLookup lookup;

    @Test
    void laCombinacionSeReusaPorRevisionesYUnCambioNoAlteraLaAnterior() {
        reloj.fijar(MARTES_10_FEBRERO_2026);
        registrarGarante("combinados", "America/Mexico_City");
        List<String> calendarios = List.of(CALENDARIO, "plataforma");
        LocalDate jueves = LocalDate.of(2026, 3, 12);

        CalendarioCombinado antes = lookup.vigente(calendarios).orElseThrow();
        assertThat(lookup.vigente(calendarios).orElseThrow()).isSameAs(antes);
        assertThat(antes.laboral().esDiaHabil(jueves)).isTrue();

        comandos.sendAndWait(new DeclararDiaInhabil(CALENDARIO, jueves, "Aniversario del garante", "ACT-COMB/1",
                LocalDate.of(2026, 2, 10)), ADMIN);

        CalendarioCombinado despues = lookup.vigente(calendarios).orElseThrow();
        assertThat(despues.revisiones()).isNotEqualTo(antes.revisiones());
        assertThat(despues.laboral().esDiaHabil(jueves)).isFalse();
        // The revisions a plazo recorded before the change still give the calendar it was computed with.
        CalendarioCombinado registrado = lookup.combinar(antes.revisiones());
        assertThat(registrado.laboral().esDiaHabil(jueves)).isTrue();
        assertThat(registrado.laboral()).isEqualTo(antes.laboral());
    }
}
