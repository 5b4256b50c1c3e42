package mx.pnt.command.calendario;

import mx.pnt.command.catalogo.CatalogoDesdeAgregados;
import mx.pnt.command.catalogo.FichaDelSujetoObligado;
import mx.pnt.command.catalogo.SujetoObligado;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.solicitud.CatalogoParaSolicitudes.CalendarioVigente;
import mx.pnt.plazos.CalendarioLaboral;
import mx.pnt.plazos.DiaInhabil;
import mx.pnt.plazos.Fundamento;
import mx.pnt.plazos.HorarioRecepcion;
import mx.pnt.plazos.Suspension;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The calendar of a sujeto obligado's plazos: garante's + its own + the platform's, revision = sum. */
class CalendarioCombinadoTest {

    private static final FichaDelSujetoObligado SALUD = new FichaDelSujetoObligado("so-salud", "120001",
            "Secretaría de Salud", "federal");
    private static final Fundamento ACUERDO = new Fundamento("ACT-PUB/01/2025", LocalDate.of(2025, 1, 10));

    private final Map<String, CalendarioLaboral> existentes = new HashMap<>();

    @SuppressWarnings("unchecked")
    private CalendarioVigente calendarioPara(FichaDelSujetoObligado ficha) {
        Repository<Calendario> calendarios = mock(Repository.class);
        when(calendarios.load(anyString())).thenAnswer(llamada -> {
            CalendarioLaboral laboral = existentes.get(llamada.<String>getArgument(0));
            if (laboral == null) {
                throw new AggregateNotFoundException(llamada.getArgument(0), "no existe");
            }
            Aggregate<Calendario> agregado = mock(Aggregate.class);
            when(agregado.invoke(any())).thenReturn(laboral);
            return agregado;
        });
        return new CatalogoDesdeAgregados(mock(Repository.class), calendarios, mock(Repository.class))
                .calendarioPara(ficha);
    }

    private static CalendarioLaboral calendario(String zona, LocalTime cierre, long revision) {
        return CalendarioLaboral.de(ZoneId.of(zona), new HorarioRecepcion(LocalTime.of(9, 0), cierre))
                .conRevision(revision);
    }

    @Test
    void soloElDelGaranteCuandoNoHayOtros() {
        existentes.put("garante:federal", calendario("America/Mexico_City", LocalTime.of(18, 0), 7));
        CalendarioVigente vigente = calendarioPara(SALUD);
        assertThat(vigente.calendarioId()).isEqualTo("garante:federal");
        assertThat(vigente.laboral().revision()).isEqualTo(7);
    }

    @Test
    void combinaLosTresYSumaSusRevisiones() {
        existentes.put("garante:federal", calendario("America/Mexico_City", LocalTime.of(18, 0), 7)
                .conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 5, 1), "Día del Trabajo", ACUERDO)));
        existentes.put("sujeto-obligado:so-salud", calendario("America/Cancun", LocalTime.of(15, 0), 3)
                .conDiaInhabil(new DiaInhabil(LocalDate.of(2025, 10, 23), "Día del Médico", ACUERDO)));
        existentes.put("plataforma", calendario("America/Mexico_City", LocalTime.of(23, 59), 2)
                .conSuspension(new Suspension(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2), "Falla", ACUERDO)));

        CalendarioVigente vigente = calendarioPara(SALUD);

        CalendarioLaboral laboral = vigente.laboral();
        assertThat(vigente.calendarioId()).isEqualTo("garante:federal");
        assertThat(laboral.revision()).isEqualTo(12);
        assertThat(laboral.esDiaHabil(LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(laboral.esDiaHabil(LocalDate.of(2025, 10, 23))).isFalse();
        assertThat(laboral.esDiaHabil(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(laboral.esDiaHabil(LocalDate.of(2025, 7, 3))).isTrue();
        // Receptions are governed by the garante (Cuadragésimo noveno).
        assertThat(laboral.zona()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(laboral.horario().cierre()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void unCambioEnCualquieraSubeLaRevisionCombinada() {
        existentes.put("garante:federal", calendario("America/Mexico_City", LocalTime.of(18, 0), 7));
        existentes.put("plataforma", calendario("America/Mexico_City", LocalTime.of(23, 59), 2));
        long antes = calendarioPara(SALUD).laboral().revision();
        existentes.put("plataforma", calendario("America/Mexico_City", LocalTime.of(23, 59), 3));
        long despues = calendarioPara(SALUD).laboral().revision();
        existentes.put("sujeto-obligado:so-salud", calendario("America/Mexico_City", LocalTime.of(15, 0), 1));
        long conPropio = calendarioPara(SALUD).laboral().revision();
        assertThat(antes).isLessThan(despues);
        assertThat(despues).isLessThan(conPropio);
    }

    @Test
    void sinCalendarioDelGaranteNoSeComputanPlazos() {
        existentes.put("plataforma", calendario("America/Mexico_City", LocalTime.of(23, 59), 2));
        assertThatThrownBy(() -> calendarioPara(SALUD)).isInstanceOf(ConflictoDeEstadoException.class);
    }
}
