package mx.pnt.plazos;

import static mx.pnt.plazos.Calendarios.CDMX;
import static mx.pnt.plazos.Calendarios.fecha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import mx.pnt.plazos.reglas.CatalogoDeReglas;
import mx.pnt.plazos.reglas.ConjuntoDeReglas;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.plazos.reglas.ReglaDePlazo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Suspensions "hasta nuevo aviso" (Lineamientos, Vigésimo tercero II; Décimo tercero): a plazo that reaches one
 * stops, with no deadline, until a later agreement lifts it "a partir de" a date.
 */
class SuspensionIndefinidaTest {

    private static final ConjuntoDeReglas LGTAIP_2025 =
            CatalogoDeReglas.estandar().vigenteAl(fecha(2025, 3, 21), Materia.ACCESO_A_LA_INFORMACION);
    private static final ReglaDePlazo RESPUESTA = LGTAIP_2025.regla(Paso.RESPUESTA);
    private static final Fundamento DECRETO = new Fundamento("ACT-PUB/09/2025", fecha(2025, 3, 19));
    /** Thursday 20/03/2025 on, until further notice. */
    private static final Suspension INDEFINIDA =
            new Suspension(fecha(2025, 3, 20), null, "contingencia sanitaria", DECRETO);

    private final CalendarioLaboral cal = Calendarios.garante2025();

    /** Received on that day at that hour, Mexico City time. */
    private static InstanteLegal recibidaEl(int anio, int mes, int dia, int hora) {
        return InstanteLegal.observar(LocalDateTime.of(anio, mes, dia, hora, 0).atZone(CDMX).toInstant(), CDMX);
    }
    private final CalendarioLaboral suspendido = cal.conSuspension(INDEFINIDA).conRevision(2);

    @Test
    @DisplayName("Vigésimo tercero II: un plazo que llega a la suspensión hasta nuevo aviso se detiene sin vencimiento")
    void plazoDetenido() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, suspendido);

        assertThat(plazo.suspendido()).isTrue();
        assertThat(plazo.vencimiento()).isNull();
        assertThat(plazo.inicio()).isEqualTo(fecha(2025, 3, 4));
        assertThat(plazo.suspendidoDesde()).isEqualTo(fecha(2025, 3, 20));
        assertThat(plazo.computo().diasContados()).isEqualTo(11);
        assertThat(plazo.vencidoAl(fecha(2030, 1, 1))).isFalse();
        DiaDelComputo ultimo = plazo.computo().dias().get(plazo.computo().dias().size() - 1);
        assertThat(ultimo.fecha()).isEqualTo(fecha(2025, 3, 20));
        assertThat(ultimo.omision().motivo()).isEqualTo(MotivoOmision.SUSPENSION_INDEFINIDA);
        assertThat(plazo.explicar())
                .contains("; corrió desde el 04/03/2025 11 de 20 días hábiles y está suspendido desde el 20/03/2025 "
                        + "hasta nuevo aviso, sin vencimiento mientras dure la suspensión (calendario, revisión 2).")
                .endsWith("19/03/2025: día 11 de 20. 20/03/2025: no se cuenta, suspensión de plazos hasta nuevo "
                        + "aviso (contingencia sanitaria; Acuerdo ACT-PUB/09/2025 (DOF 19/03/2025)); el cómputo se "
                        + "detiene aquí hasta que se levante.");
    }

    @Test
    @DisplayName("Levantada a partir del 01/04/2025, el plazo sigue con sus 11 días ya corridos y vence el 11/04/2025")
    void levantadaAPartirDe() {
        Plazo detenido = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, suspendido);
        // The lifting shortens the decree to its elapsed days, as the calendar aggregate records it.
        CalendarioLaboral levantado = suspendido.sinSuspension(INDEFINIDA)
                .conSuspension(new Suspension(fecha(2025, 3, 20), fecha(2025, 3, 31), "contingencia sanitaria",
                        DECRETO)).conRevision(3);

        Plazo reanudado = ComputoDePlazos.recalcular(detenido, levantado);

        assertThat(reanudado.suspendido()).isFalse();
        assertThat(reanudado.suspendidoDesde()).isNull();
        assertThat(reanudado.vencimiento()).isEqualTo(fecha(2025, 4, 11));
        assertThat(reanudado.inicio()).isEqualTo(detenido.inicio());
        assertThat(reanudado.computo().omitidos()).extracting(d -> d.omision().motivo())
                .doesNotContain(MotivoOmision.SUSPENSION_INDEFINIDA).contains(MotivoOmision.SUSPENSION);
    }

    @Test
    @DisplayName("Un plazo cuyo día 1 cae en la suspensión no ha empezado a correr")
    void sinEmpezar() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 19), RESPUESTA, suspendido);

        assertThat(plazo.inicio()).isNull();
        assertThat(plazo.vencimiento()).isNull();
        assertThat(plazo.computo().dias()).hasSize(1);
        assertThat(plazo.explicar()).contains("; no ha empezado a correr y está suspendido desde el 20/03/2025");
    }

    @Test
    @DisplayName("La suspensión detiene el cómputo en su primer día aunque sea sábado")
    void empiezaEnSabado() {
        CalendarioLaboral desdeSabado = cal.conSuspension(new Suspension(fecha(2025, 3, 22), null, "obras", DECRETO));

        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, desdeSabado);

        assertThat(plazo.suspendidoDesde()).isEqualTo(fecha(2025, 3, 22));
        assertThat(plazo.computo().diasContados()).isEqualTo(13);
    }

    @Test
    @DisplayName("Cuadragésimo noveno: recibida durante la suspensión, la recepción legal queda pendiente del levantamiento")
    void recepcionPendiente() {
        InstanteLegal recibida = recibidaEl(2025, 3, 24, 10);

        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, suspendido);

        assertThat(recepcion.pendiente()).isTrue();
        assertThat(recepcion.fechaEfectiva()).isNull();
        assertThat(recepcion.diferida()).isTrue();
        assertThat(recepcion.explicar()).endsWith("24/03/2025: no se cuenta, suspensión de plazos hasta nuevo aviso "
                + "(contingencia sanitaria; Acuerdo ACT-PUB/09/2025 (DOF 19/03/2025)); el cómputo se detiene aquí "
                + "hasta que se levante. Se tendrá por recibida el primer día hábil siguiente al levantamiento de la "
                + "suspensión.");

        Plazo plazo = ComputoDePlazos.desdeLaRecepcion(recepcion, RESPUESTA, List.of(), suspendido);
        assertThat(plazo.suspendido()).isTrue();
        assertThat(plazo.disparo()).isEqualTo(fecha(2025, 3, 24));
        assertThat(plazo.inicio()).isNull();
        assertThat(plazo.computo()).isEqualTo(recepcion.computo());
        assertThat(plazo.revisionCalendario()).isEqualTo(2);
    }

    @Test
    @DisplayName("Recibida fuera de horario la víspera de la suspensión: también queda pendiente")
    void fueraDeHorarioLaVispera() {
        InstanteLegal recibida = recibidaEl(2025, 3, 19, 19);

        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, suspendido);

        assertThat(recepcion.pendiente()).isTrue();
        assertThat(recepcion.computo().dias()).extracting(d -> d.omision().motivo())
                .containsExactly(MotivoOmision.FUERA_DE_HORARIO, MotivoOmision.SUSPENSION_INDEFINIDA);
    }

    @Test
    @DisplayName("Recibida antes de la suspensión, la recepción vale y el plazo desde ella queda detenido")
    void recepcionPreviaPlazoDetenido() {
        InstanteLegal recibida = recibidaEl(2025, 3, 18, 10);
        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibida, suspendido);

        Plazo plazo = ComputoDePlazos.desdeLaRecepcion(recepcion, RESPUESTA, List.of(), suspendido);

        assertThat(recepcion.pendiente()).isFalse();
        assertThat(recepcion.diferida()).isFalse();
        assertThat(plazo.disparo()).isEqualTo(fecha(2025, 3, 18));
        assertThat(plazo.inicio()).isEqualTo(fecha(2025, 3, 19));
        assertThat(plazo.suspendidoDesde()).isEqualTo(fecha(2025, 3, 20));
        assertThat(ComputoDePlazos.desdeLaRecepcion(recepcion, RESPUESTA, List.of(), cal))
                .isEqualTo(ComputoDePlazos.computar(fecha(2025, 3, 18), RESPUESTA, cal));
    }

    @Test
    @DisplayName("Sexagésimo cuarto: ampliar un plazo suspendido lo deja suspendido con sus 30 días")
    void ampliarSuspendido() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, suspendido);

        Plazo ampliado = ComputoDePlazos.ampliar(plazo, LGTAIP_2025.regla(Paso.AMPLIACION_RESPUESTA), suspendido);

        assertThat(ampliado.suspendido()).isTrue();
        assertThat(ampliado.dias()).isEqualTo(30);
        assertThat(ampliado.computo().dias()).filteredOn(DiaDelComputo::contado).last()
                .extracting(DiaDelComputo::n).isEqualTo(30);
    }

    @Test
    @DisplayName("Quincuagésimo noveno: un plazo suspendido no corre, no se reinicia")
    void noSeReiniciaSuspendido() {
        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, suspendido);

        assertThatThrownBy(() -> ComputoDePlazos.reiniciar(plazo, fecha(2025, 3, 25), suspendido))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suspendido hasta nuevo aviso");
    }

    @Test
    @DisplayName("La suspensión hasta nuevo aviso del calendario propio del sujeto obligado también detiene")
    void combinada() {
        CalendarioLaboral propio = Calendarios.soloFinesDeSemana().conSuspension(INDEFINIDA);

        Plazo plazo = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal.combinadoCon(propio));

        assertThat(plazo.suspendidoDesde()).isEqualTo(fecha(2025, 3, 20));
    }

    @Test
    @DisplayName("Sin fin: incluye cualquier fecha posterior; un cierre anterior al inicio se rechaza")
    void suspension() {
        assertThat(INDEFINIDA.indefinida()).isTrue();
        assertThat(INDEFINIDA.incluye(fecha(9999, 12, 31))).isTrue();
        assertThat(INDEFINIDA.incluye(fecha(2025, 3, 19))).isFalse();
        assertThat(INDEFINIDA.incluye(fecha(2025, 3, 20))).isTrue();
        assertThat(new Suspension(fecha(2025, 3, 20), fecha(2025, 3, 20), "x", DECRETO).indefinida()).isFalse();
        assertThat(suspendido.suspensionIndefinidaAl(fecha(2025, 3, 19))).isEmpty();
        assertThat(suspendido.suspensionIndefinidaAl(fecha(2026, 1, 1))).contains(INDEFINIDA);
        assertThat(cal.conSuspension(new Suspension(fecha(2025, 3, 20), fecha(2025, 3, 31), "x", DECRETO))
                .suspensionIndefinidaAl(fecha(2025, 3, 25))).isEmpty();
        assertThat(suspendido.esDiaHabil(fecha(2026, 1, 5))).isFalse();
        assertThatThrownBy(() -> new Suspension(fecha(2025, 3, 20), fecha(2025, 3, 19), "x", DECRETO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Un plazo sin vencimiento solo existe detenido por la suspensión, y uno detenido no tiene vencimiento")
    void coherencia() {
        Plazo normal = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, cal);
        Plazo detenido = ComputoDePlazos.computar(fecha(2025, 3, 3), RESPUESTA, suspendido);

        assertThatThrownBy(() -> new Plazo(normal.disparo(), normal.inicio(), null, 20, RESPUESTA, List.of(), 1,
                normal.computo())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sin vencimiento");
        assertThatThrownBy(() -> new Plazo(detenido.disparo(), detenido.inicio(), fecha(2025, 3, 19), 20, RESPUESTA,
                List.of(), 2, detenido.computo())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Plazo(detenido.disparo(), null, null, 20, RESPUESTA, List.of(), 2,
                detenido.computo())).isInstanceOf(IllegalArgumentException.class);
        Plazo sinEmpezar = ComputoDePlazos.computar(fecha(2025, 3, 19), RESPUESTA, suspendido);
        assertThatThrownBy(() -> new Plazo(sinEmpezar.disparo(), fecha(2025, 3, 20), null, 20, RESPUESTA, List.of(),
                2, sinEmpezar.computo())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Plazo(detenido.disparo(), detenido.inicio(), null, 20, RESPUESTA, List.of(), 2,
                detenido.computo())).isEqualTo(detenido);
    }
}
