package mx.pnt.plazos;

import static mx.pnt.plazos.Calendarios.CDMX;
import static mx.pnt.plazos.Calendarios.fecha;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class RecepcionTest {

    private final CalendarioLaboral cal = Calendarios.garante2025();

    private static Instant local(String fechaHora, String offset) {
        return LocalDateTime.parse(fechaHora).toInstant(ZoneOffset.of(offset));
    }

    @Test
    @DisplayName("Cuadragésimo noveno: recibida el viernes a las 18:30 se tiene por recibida el martes (sáb, dom, 17/03 inhábil)")
    void fueraDeHorarioAntesDeFinDeSemanaYFeriado() {
        InstanteLegal recibido = InstanteLegal.observar(local("2025-03-14T18:30", "-06:00"), CDMX);

        Recepcion recepcion = ComputoDePlazos.recepcionEfectiva(recibido, cal);

        assertThat(recepcion.fechaEfectiva()).isEqualTo(fecha(2025, 3, 18));
        assertThat(recepcion.diferida()).isTrue();
        assertThat(recepcion.computo().omitidos()).extracting(d -> d.omision().motivo()).containsExactly(
                MotivoOmision.FUERA_DE_HORARIO, MotivoOmision.FIN_DE_SEMANA, MotivoOmision.FIN_DE_SEMANA,
                MotivoOmision.DIA_INHABIL);
        assertThat(recepcion.explicar()).isEqualTo("Solicitud recibida el 14/03/2025 18:30 (America/Mexico_City, "
                + "UTC-06:00). 14/03/2025: no se cuenta, recibida a las 18:30, fuera del horario de recepción "
                + "(09:00 a 18:00). 15/03/2025: no se cuenta, sábado. 16/03/2025: no se cuenta, domingo. "
                + "17/03/2025: no se cuenta, día inhábil (Natalicio de Benito Juárez; Acuerdo ACT-PUB/01/2025 "
                + "(DOF 15/01/2025)). Se tiene por recibida el 18/03/2025 (Lineamientos, Cuadragésimo noveno).");
        // Quincuagésimo primero: the respuesta runs from the día hábil after the effective reception.
        Plazo respuesta = ComputoDePlazos.computar(recepcion.fechaEfectiva(),
                new mx.pnt.plazos.reglas.ReglaDePlazo(mx.pnt.plazos.reglas.Paso.RESPUESTA, 20, "LGTAIP 2025", "134"), cal);
        assertThat(respuesta.vencimiento()).isEqualTo(fecha(2025, 4, 15));
    }

    @ParameterizedTest(name = "recibida {0} -> {1}")
    @CsvSource({
            "2025-03-13T08:15, 2025-03-13",  // before opening on a día hábil: counts at that day's opening
            "2025-03-13T09:00, 2025-03-13",
            "2025-03-13T17:59, 2025-03-13",
            "2025-03-13T18:00, 2025-03-14",  // at closing: already after hours
            "2025-03-13T23:59, 2025-03-14",
            "2025-03-15T10:00, 2025-03-18",  // Saturday within hours: next día hábil
            "2025-03-17T10:00, 2025-03-18",  // día inhábil
    })
    @DisplayName("Cuadragésimo noveno: horario de recepción 09:00 a 18:00")
    void horarioDeRecepcion(String localCdmx, String efectiva) {
        InstanteLegal recibido = InstanteLegal.observar(local(localCdmx, "-06:00"), CDMX);

        assertThat(ComputoDePlazos.recepcionEfectiva(recibido, cal).fechaEfectiva()).isEqualTo(efectiva);
    }

    @Test
    void dentroDeHorarioNoDifiere() {
        Recepcion r = ComputoDePlazos.recepcionEfectiva(InstanteLegal.observar(local("2025-03-13T10:00", "-06:00"), CDMX), cal);

        assertThat(r.diferida()).isFalse();
        assertThat(r.computo().omitidos()).isEmpty();
        assertThat(r.explicar()).endsWith("Se tiene por recibida el 13/03/2025.");
    }

    @ParameterizedTest(name = "Tijuana {0}Z: local {1} ({2}) -> recibida {3}")
    @CsvSource({
            // US DST starts 09/03/2025: 18:30 PDT is after hours, while a week earlier 17:30 PST was not.
            "2025-03-07T01:30:00, 2025-03-06T17:30, -08:00, 2025-03-06",
            "2025-03-14T01:30:00, 2025-03-13T18:30, -07:00, 2025-03-14",
            // US DST ends 02/11/2025.
            "2025-10-31T01:30:00, 2025-10-30T18:30, -07:00, 2025-10-31",
            "2025-11-07T01:30:00, 2025-11-06T17:30, -08:00, 2025-11-06",
            // The change itself: 09:30Z is 01:30 PST, 10:30Z is 03:30 PDT (Sunday, so next día hábil).
            "2025-03-09T09:30:00, 2025-03-09T01:30, -08:00, 2025-03-10",
            "2025-03-09T10:30:00, 2025-03-09T03:30, -07:00, 2025-03-10",
    })
    @DisplayName("Zona fronteriza con horario de verano de EE. UU. (America/Tijuana)")
    void tijuanaSigueElHorarioDeVerano(String utc, String localEsperado, String offset, String efectiva) {
        ZoneId tijuana = ZoneId.of("America/Tijuana");
        InstanteLegal recibido = InstanteLegal.observar(Instant.parse(utc + "Z"), tijuana);

        assertThat(recibido.local()).isEqualTo(localEsperado);
        assertThat(recibido.offset()).isEqualTo(ZoneOffset.of(offset));
        assertThat(ComputoDePlazos.recepcionEfectiva(recibido, cal.conZona(tijuana)).fechaEfectiva()).isEqualTo(efectiva);
    }

    @Test
    @DisplayName("America/Mexico_City: sin horario de verano desde octubre de 2022; con él antes")
    void ciudadDeMexicoAntesYDespuesDe2022() {
        // 23:30Z in April: 18:30 CDT (after hours) in 2022, 17:30 CST (within hours) in 2025.
        InstanteLegal en2022 = InstanteLegal.observar(Instant.parse("2022-04-07T23:30:00Z"), CDMX);
        InstanteLegal en2025 = InstanteLegal.observar(Instant.parse("2025-04-10T23:30:00Z"), CDMX);
        CalendarioLaboral sinFeriados = Calendarios.soloFinesDeSemana();

        assertThat(en2022.offset()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(en2025.offset()).isEqualTo(ZoneOffset.ofHours(-6));
        assertThat(ComputoDePlazos.recepcionEfectiva(en2022, sinFeriados).fechaEfectiva()).isEqualTo(fecha(2022, 4, 8));
        assertThat(ComputoDePlazos.recepcionEfectiva(en2025, sinFeriados).fechaEfectiva()).isEqualTo(fecha(2025, 4, 10));
        // Same instant, same day in Tijuana: the border still changes with the US.
        InstanteLegal tijuana = InstanteLegal.observar(Instant.parse("2025-04-10T23:30:00Z"), ZoneId.of("America/Tijuana"));
        assertThat(tijuana.local()).isEqualTo("2025-04-10T16:30");
    }

    @Test
    @DisplayName("Un instante observado conserva su fecha local aunque cambie la base de zonas horarias")
    void instanteObservadoNoSeRecalcula() {
        // As a 2021 server would have stored it under DST rules since abolished: 18:30 local, after hours.
        Instant instante = Instant.parse("2025-04-10T23:30:00Z");
        InstanteLegal almacenado = new InstanteLegal(instante, "America/Mexico_City", ZoneOffset.ofHours(-5),
                LocalDateTime.parse("2025-04-10T18:30"));

        Recepcion r = ComputoDePlazos.recepcionEfectiva(almacenado, Calendarios.soloFinesDeSemana());

        assertThat(almacenado.fechaLocal()).isEqualTo(fecha(2025, 4, 10));
        assertThat(almacenado.horaLocal()).isEqualTo(LocalTime.of(18, 30));
        assertThat(r.fechaEfectiva()).isEqualTo(fecha(2025, 4, 11));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InstanteLegal(instante, "America/Mexico_City",
                ZoneOffset.ofHours(-5), LocalDateTime.parse("2025-04-10T17:30"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Un instante observado en otra zona se evalúa en la zona del garante")
    void instanteDeOtraZona() {
        // 17:30 in Cancún (UTC-5) is 16:30 in Mexico City: within hours.
        InstanteLegal cancun = InstanteLegal.observar(local("2025-03-13T17:30", "-05:00"), ZoneId.of("America/Cancun"));
        InstanteLegal tarde = InstanteLegal.observar(local("2025-03-13T19:30", "-05:00"), ZoneId.of("America/Cancun"));

        assertThat(ComputoDePlazos.recepcionEfectiva(cancun, cal).fechaEfectiva()).isEqualTo(fecha(2025, 3, 13));
        assertThat(ComputoDePlazos.recepcionEfectiva(tarde, cal).fechaEfectiva()).isEqualTo(fecha(2025, 3, 14));
    }

    static final java.util.List<String> ZONAS = Calendarios.ZONAS_MEXICANAS;

    @ParameterizedTest
    @FieldSource("ZONAS")
    @DisplayName("Todas las zonas IANA de México se observan de forma consistente")
    void todasLasZonasMexicanas(String zona) {
        ZoneId id = ZoneId.of(zona);
        for (Instant i = Instant.parse("2021-01-01T00:00:00Z"); i.isBefore(Instant.parse("2027-01-01T00:00:00Z"));
             i = i.plusSeconds(86_400L * 7 + 3_600L)) {
            InstanteLegal observado = InstanteLegal.observar(i, id);
            assertThat(observado.zona()).isEqualTo(zona);
            assertThat(observado.local()).isEqualTo(LocalDateTime.ofInstant(i, id));
            assertThat(observado.offset().getTotalSeconds()).isBetween(-8 * 3600, -5 * 3600);
        }
    }
}
