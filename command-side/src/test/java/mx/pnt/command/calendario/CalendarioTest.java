package mx.pnt.command.calendario;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.calendario.CalendarioAbierto;
import mx.pnt.events.calendario.DiaInhabilDeclarado;
import mx.pnt.events.calendario.DiaInhabilRevocado;
import mx.pnt.events.calendario.HorarioDeRecepcionCambiado;
import mx.pnt.events.calendario.SuspensionDecretada;
import mx.pnt.events.calendario.SuspensionLevantada;
import mx.pnt.plazos.CalendarioLaboral;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarioTest {

    private static final String FEDERAL = "garante:federal";
    private static final LocalDate PUBLICACION = LocalDate.of(2024, 12, 20);
    private static final CalendarioAbierto ABIERTO = new CalendarioAbierto(FEDERAL, "federal", "America/Mexico_City",
            LocalTime.of(9, 0), LocalTime.of(18, 0));
    private static final Map<String, ?> ADMIN = Map.of(MetadatosDelActor.USUARIO, "admin",
            MetadatosDelActor.ROL, "ADMIN");
    private static final Map<String, ?> GARANTE_FEDERAL = Map.of(MetadatosDelActor.USUARIO, "garante",
            MetadatosDelActor.ROL, "GARANTE", MetadatosDelActor.GARANTE, "federal");
    private static final Map<String, ?> GARANTE_QROO = Map.of(MetadatosDelActor.USUARIO, "garante-qroo",
            MetadatosDelActor.ROL, "GARANTE", MetadatosDelActor.GARANTE, "qroo");
    private static final Map<String, ?> UNIDAD = Map.of(MetadatosDelActor.USUARIO, "ut-salud",
            MetadatosDelActor.ROL, "UNIDAD_TRANSPARENCIA", MetadatosDelActor.GARANTE, "federal",
            MetadatosDelActor.SUJETO_OBLIGADO, "so-salud");

    private FixtureConfiguration<Calendario> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Calendario.class);
        TitularesDeCalendario titulares = id -> "so-salud".equals(id) ? Optional.of("federal") : Optional.empty();
        fixture.registerInjectableResource(titulares);
        // 2025-06-02 15:00 UTC = 09:00 in Mexico City.
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2025-06-02T15:00:00Z"), ZoneOffset.UTC));
    }

    // --- Días inhábiles (Vigésimo tercero II) ---

    @Test
    void declaraUnDiaInhabilConSuAcuerdoYSubeLaRevision() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", PUBLICACION), GARANTE_FEDERAL)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L)
                .expectEvents(new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", PUBLICACION, 2L));
    }

    @Test
    void vigesimoTerceroII_sinNumeroDeAcuerdoNoHayDeclaracion() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo", " ",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("número del acuerdo"));
    }

    @Test
    void sinFechaDePublicacionDelAcuerdoNoHayDeclaracion() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", null), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    @Test
    void noSeDeclaraDosVecesElMismoDiaInhabil() {
        fixture.given(ABIERTO, new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", PUBLICACION, 2L))
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "Otro motivo", "ACT-PUB/02/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("ya fue declarado inhábil"));
    }

    @Test
    void tercero_sabadosYDomingosNoRequierenDeclaracion() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 3), "Asueto", "ACT-PUB/01/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("sábado"));
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 4), "Asueto", "ACT-PUB/01/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("domingo"));
    }

    @Test
    void revocaUnDiaDeclarado() {
        fixture.given(ABIERTO, new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", PUBLICACION, 2L))
                .when(new RevocarDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "ACT-PUB/09/2025",
                        LocalDate.of(2025, 4, 20)), ADMIN)
                .expectEvents(new DiaInhabilRevocado(FEDERAL, LocalDate.of(2025, 5, 1), "ACT-PUB/09/2025",
                        LocalDate.of(2025, 4, 20), 3L));
    }

    @Test
    void noSeRevocaUnDiaNoDeclarado() {
        fixture.given(ABIERTO)
                .when(new RevocarDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 2), "ACT-PUB/09/2025", PUBLICACION),
                        ADMIN)
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no está declarado inhábil"));
    }

    @Test
    void laRevocacionTambienRequiereAcuerdo() {
        fixture.given(ABIERTO, new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", PUBLICACION, 2L))
                .when(new RevocarDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), null, PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    // --- Suspensiones (Vigésimo tercero II; Décimo tercero) ---

    @Test
    void decimoTercero_suspensionRetroactivaConFechasExplicitas() {
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "falla-2022-07", LocalDate.of(2022, 7, 1),
                        LocalDate.of(2022, 7, 15), "Falla de la Plataforma", "ACT-PUB/11/2022",
                        LocalDate.of(2022, 7, 20)), ADMIN)
                .expectEvents(new SuspensionDecretada(FEDERAL, "falla-2022-07", LocalDate.of(2022, 7, 1),
                        LocalDate.of(2022, 7, 15), "Falla de la Plataforma", "ACT-PUB/11/2022",
                        LocalDate.of(2022, 7, 20), 2L));
    }

    @Test
    void laSuspensionNoTerminaAntesDeEmpezar() {
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 1),
                        "Falla", "ACT-PUB/11/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("antes de empezar"));
    }

    @Test
    void unaSuspensionDeUnSoloDiaEsValida() {
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1),
                        "Falla", "ACT-PUB/11/2025", PUBLICACION), ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(SuspensionDecretada.class))));
    }

    @Test
    void noSeRepiteElIdentificadorDeUnaSuspension() {
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new DecretarSuspension(FEDERAL, "s1", LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2),
                        "Otra", "ACT-PUB/12/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class);
    }

    @Test
    void levantarDesdeSuPrimerDiaRetiraUnaSuspensionQueNoHaEmpezado() {
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 1), "ACT-PUB/13/2025",
                        LocalDate.of(2025, 6, 2)), ADMIN)
                .expectEvents(new SuspensionLevantada(FEDERAL, "s1", LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 1), "ACT-PUB/13/2025",
                        LocalDate.of(2025, 6, 2), 3L))
                .expectState(calendario -> assertThat(calendario.laboral().suspensiones()).isEmpty());
    }

    @Test
    void levantarAPartirDeUnaFechaConservaSuspendidosLosDiasAnteriores_Vigesimo_tercero_II() {
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 8), "ACT-PUB/13/2025",
                        LocalDate.of(2025, 6, 2)), ADMIN)
                .expectEvents(new SuspensionLevantada(FEDERAL, "s1", LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 8), "ACT-PUB/13/2025",
                        LocalDate.of(2025, 6, 2), 3L))
                .expectState(calendario -> {
                    CalendarioLaboral laboral = calendario.laboral();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 7, 1))).isFalse();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 7, 7))).isFalse();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 7, 8))).isTrue();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 7, 15))).isTrue();
                    // The days that stay suspended keep the decree's motive and agreement.
                    assertThat(laboral.motivoDeOmision(LocalDate.of(2025, 7, 7)).orElseThrow().fundamento().acuerdo())
                            .isEqualTo("ACT-PUB/11/2025");
                });
    }

    @Test
    void unLevantamientoNoDevuelveDiasYaTranscurridos() {
        // Suspended from 26 May to 13 June; today is 2 June: lifting from 30 May would revive elapsed days.
        SuspensionDecretada enCurso = new SuspensionDecretada(FEDERAL, "s1", LocalDate.of(2025, 5, 26),
                LocalDate.of(2025, 6, 13), "Falla", "ACT-PUB/11/2025", PUBLICACION, 2L);
        fixture.given(ABIERTO, enCurso)
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 5, 30), "ACT-PUB/13/2025",
                        LocalDate.of(2025, 6, 2)), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("siguen suspendidos"));
        preparar();
        fixture.given(ABIERTO, enCurso)
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 6, 2), "ACT-PUB/13/2025",
                        LocalDate.of(2025, 6, 2)), ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectState(calendario -> {
                    assertThat(calendario.laboral().esDiaHabil(LocalDate.of(2025, 5, 30))).isFalse();
                    assertThat(calendario.laboral().esDiaHabil(LocalDate.of(2025, 6, 2))).isTrue();
                });
    }

    @Test
    void elLevantamientoRequiereUnaFechaDentroDeLaSuspension() {
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new LevantarSuspension(FEDERAL, "s1", null, "ACT-PUB/13/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 6, 20), "ACT-PUB/13/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("empieza el 01/07/2025"));
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 16), "ACT-PUB/13/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class);
    }

    @Test
    void noSeLevantaUnaSuspensionDesconocida() {
        fixture.given(ABIERTO)
                .when(new LevantarSuspension(FEDERAL, "nada", LocalDate.of(2025, 7, 1), "ACT-PUB/13/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(NoEncontradoException.class);
    }

    @Test
    void noSeLevantaDosVecesUnaSuspension() {
        fixture.given(ABIERTO, decretada("s1", 2L), new SuspensionLevantada(FEDERAL, "s1", LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 8), "ACT-PUB/13/2025", PUBLICACION, 3L))
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 9), "ACT-PUB/14/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("ya fue levantada"));
    }

    @Test
    void elRangoDeUnaSuspensionEstaAcotado_Vigesimo_tercero_II() {
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "larga", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 2),
                        "Falla", "ACT-PUB/11/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("366 días"));
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "lejana", LocalDate.of(2205, 7, 1), LocalDate.of(2205, 7, 2),
                        "Falla", "ACT-PUB/11/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("revise el año"));
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "antigua", LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 2),
                        "Falla", "ACT-PUB/11/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        // A full year (366 days in a leap span), even retroactive, is allowed.
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "anual", LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29),
                        "Falla", "ACT-PUB/11/2025", PUBLICACION), ADMIN)
                .expectSuccessfulHandlerExecution();
    }

    // --- Suspensión hasta nuevo aviso (Vigésimo tercero II) ---

    @Test
    void vigesimoTerceroII_seDecretaUnaSuspensionHastaNuevoAviso() {
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "contingencia", LocalDate.of(2025, 6, 2), null, true,
                        "Contingencia sanitaria", "ACT-PUB/20/2025", LocalDate.of(2025, 6, 1)), GARANTE_FEDERAL)
                .expectResultMessagePayload(2L)
                .expectEvents(new SuspensionDecretada(FEDERAL, "contingencia", LocalDate.of(2025, 6, 2), null,
                        "Contingencia sanitaria", "ACT-PUB/20/2025", LocalDate.of(2025, 6, 1), 2L))
                .expectState(calendario -> {
                    CalendarioLaboral laboral = calendario.laboral();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 5, 30))).isTrue();
                    assertThat(laboral.suspensionIndefinidaAl(LocalDate.of(2030, 1, 7))).isPresent();
                });
    }

    @Test
    void hastaNuevoAvisoSeRetrotraeComoCualquierSuspensionDentroDelRango() {
        // Decreed on 2 June for an outage that began on 1 May and has not ended.
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "caida", LocalDate.of(2025, 5, 1), null, true,
                        "Falla de la Plataforma", "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectSuccessfulHandlerExecution();
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "antigua", LocalDate.of(2020, 5, 1), null, true,
                        "Falla", "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("revise el año"));
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "lejana", LocalDate.of(2027, 6, 3), null, true,
                        "Falla", "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    @Test
    void hastaNuevoAvisoSePideExpresamenteYNoConFechaFinal() {
        // A forgotten final date is a mistake, not a suspension for ever.
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 1), null, "Falla",
                        "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("hasta nuevo aviso"));
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
                        true, "Falla", "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("no ambas"));
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s1", null, null, true, "Falla", "ACT-PUB/20/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 1), null, true, "Falla",
                        "ACT-PUB/20/2025", PUBLICACION), UNIDAD)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void vigesimoTerceroII_seLevantaAPartirDeUnaFechaYLosDiasAnterioresSiguenSuspendidos() {
        SuspensionDecretada indefinida = new SuspensionDecretada(FEDERAL, "contingencia", LocalDate.of(2025, 5, 26),
                null, "Contingencia sanitaria", "ACT-PUB/20/2025", PUBLICACION, 2L);
        fixture.given(ABIERTO, indefinida)
                .when(new LevantarSuspension(FEDERAL, "contingencia", LocalDate.of(2026, 1, 5), "ACT-PUB/40/2025",
                        LocalDate.of(2025, 6, 2)), GARANTE_FEDERAL)
                .expectEvents(new SuspensionLevantada(FEDERAL, "contingencia", LocalDate.of(2025, 5, 26), null,
                        LocalDate.of(2026, 1, 5), "ACT-PUB/40/2025", LocalDate.of(2025, 6, 2), 3L))
                .expectState(calendario -> {
                    CalendarioLaboral laboral = calendario.laboral();
                    assertThat(laboral.suspensionIndefinidaAl(LocalDate.of(2026, 1, 5))).isEmpty();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2026, 1, 2))).isFalse();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2026, 1, 5))).isTrue();
                    assertThat(laboral.suspensiones()).singleElement()
                            .satisfies(s -> assertThat(s.hasta()).isEqualTo(LocalDate.of(2026, 1, 4)));
                });
        // Never from an elapsed day, nor from before it began.
        fixture.given(ABIERTO, indefinida)
                .when(new LevantarSuspension(FEDERAL, "contingencia", LocalDate.of(2025, 6, 1), "ACT-PUB/40/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("siguen suspendidos"));
    }

    @Test
    void losCambiosHastaNuevoAvisoSeDescribenYAlcanzanTodaFechaPosterior() {
        SuspensionDecretada decretada = new SuspensionDecretada(FEDERAL, "c", LocalDate.of(2025, 5, 26), null,
                "Contingencia", "ACT-PUB/20/2025", PUBLICACION, 2L);
        SuspensionLevantada levantada = new SuspensionLevantada(FEDERAL, "c", LocalDate.of(2025, 5, 26), null,
                LocalDate.of(2026, 1, 5), "ACT-PUB/40/2025", PUBLICACION, 3L);

        assertThat(decretada.afectaHasta()).isEqualTo(LocalDate.MAX);
        assertThat(levantada.afectaHasta()).isEqualTo(LocalDate.MAX);
        assertThat(levantada.afectaDesde()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(decretada.describir()).isEqualTo("Suspensión de plazos del 26/05/2025 hasta nuevo aviso: "
                + "Contingencia (Acuerdo ACT-PUB/20/2025, DOF 20/12/2024)");
        assertThat(levantada.describir()).isEqualTo("Levantamiento, a partir del 05/01/2026, de la suspensión de "
                + "plazos del 26/05/2025 hasta nuevo aviso (Acuerdo ACT-PUB/40/2025, DOF 20/12/2024)");
        assertThat(decretada("s1", 2L).afectaHasta()).isEqualTo(LocalDate.of(2025, 7, 15));
    }

    @Test
    void unMotivoMasLargoQueElLimiteSeRechazaSinEscribir() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "x".repeat(501), "ACT-PUB/01/2025",
                        PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("500 caracteres"));
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "x".repeat(500), "A".repeat(255),
                        PUBLICACION), ADMIN)
                .expectSuccessfulHandlerExecution();
    }

    // --- Horario de recepción (Cuadragésimo noveno) ---

    @Test
    void cambiaElHorarioDesdeElDiaEnQueSeRegistra() {
        fixture.given(ABIERTO)
                .when(new CambiarHorarioDeRecepcion(FEDERAL, LocalTime.of(8, 0), LocalTime.of(17, 0), null,
                        "ACT-PUB/20/2025", LocalDate.of(2025, 5, 30)), ADMIN)
                .expectEvents(new HorarioDeRecepcionCambiado(FEDERAL, LocalTime.of(8, 0), LocalTime.of(17, 0),
                        LocalDate.of(2025, 6, 2), "ACT-PUB/20/2025", LocalDate.of(2025, 5, 30), 2L));
    }

    @Test
    void cuadragesimoNoveno_laAperturaDebeSerAnteriorAlCierre() {
        fixture.given(ABIERTO)
                .when(new CambiarHorarioDeRecepcion(FEDERAL, LocalTime.of(18, 0), LocalTime.of(9, 0), null,
                        "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("apertura anterior"));
    }

    @Test
    void cuadragesimoNoveno_elHorarioNoCambiaRetroactivamente() {
        fixture.given(ABIERTO)
                .when(new CambiarHorarioDeRecepcion(FEDERAL, LocalTime.of(8, 0), LocalTime.of(17, 0),
                        LocalDate.of(2025, 6, 1), "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("02/06/2025"));
    }

    @Test
    void cuadragesimoNoveno_unHorarioAnunciadoRigeDesdeSuFechaYNoAntes() {
        fixture.given(ABIERTO)
                .when(new CambiarHorarioDeRecepcion(FEDERAL, LocalTime.of(8, 0), LocalTime.of(20, 0),
                        LocalDate.of(2025, 7, 1), "ACT-PUB/20/2025", PUBLICACION), ADMIN)
                .expectEvents(new HorarioDeRecepcionCambiado(FEDERAL, LocalTime.of(8, 0), LocalTime.of(20, 0),
                        LocalDate.of(2025, 7, 1), "ACT-PUB/20/2025", PUBLICACION, 2L))
                .expectState(calendario -> {
                    CalendarioLaboral laboral = calendario.laboral();
                    assertThat(laboral.horarioAl(LocalDate.of(2025, 6, 30)).cierre()).isEqualTo(LocalTime.of(18, 0));
                    assertThat(laboral.horarioAl(LocalDate.of(2025, 7, 1)).cierre()).isEqualTo(LocalTime.of(20, 0));
                });
    }

    // --- Atribuciones (Vigésimo tercero: each garante configures its own calendar) ---

    @Test
    void unGaranteNoModificaElCalendarioDeOtro() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", PUBLICACION), GARANTE_QROO)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void unaUnidadDeTransparenciaNoModificaCalendarios() {
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
                        "Falla", "ACT-PUB/11/2025", PUBLICACION), UNIDAD)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void sinActorNoHayCambio() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo",
                        "ACT-PUB/01/2025", PUBLICACION))
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void decimoTercero_elCalendarioDeLaPlataformaEsSoloDeLaAdministracion() {
        CalendarioAbierto plataforma = new CalendarioAbierto("plataforma", "plataforma", "America/Mexico_City",
                LocalTime.MIDNIGHT, LocalTime.of(23, 59));
        fixture.given(plataforma)
                .when(new DecretarSuspension("plataforma", "falla", LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 7, 2), "Falla de la Plataforma", "ACT-PUB/11/2025", PUBLICACION),
                        GARANTE_FEDERAL)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
        fixture.given(plataforma)
                .when(new DecretarSuspension("plataforma", "falla", LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 7, 2), "Falla de la Plataforma", "ACT-PUB/11/2025", PUBLICACION), ADMIN)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void elGaranteAdministraElCalendarioDeSusSujetosObligados() {
        CalendarioAbierto propio = new CalendarioAbierto("sujeto-obligado:so-salud", "so-salud",
                "America/Mexico_City", LocalTime.of(9, 0), LocalTime.of(15, 0));
        fixture.given(propio)
                .when(new DeclararDiaInhabil("sujeto-obligado:so-salud", LocalDate.of(2025, 10, 23),
                        "Día del Médico", "SS/UT/01/2025", PUBLICACION), GARANTE_FEDERAL)
                .expectSuccessfulHandlerExecution();
        fixture.given(propio)
                .when(new DeclararDiaInhabil("sujeto-obligado:so-salud", LocalDate.of(2025, 10, 23),
                        "Día del Médico", "SS/UT/01/2025", PUBLICACION), GARANTE_QROO)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    // --- Apertura ---

    @Test
    void abreElCalendarioDeUnSujetoObligadoRegistrado() {
        fixture.givenNoPriorActivity()
                .when(AbrirCalendario.delSujetoObligado("so-salud", "America/Mexico_City", LocalTime.of(9, 0),
                        LocalTime.of(15, 0)), GARANTE_FEDERAL)
                .expectEvents(new CalendarioAbierto("sujeto-obligado:so-salud", "so-salud", "America/Mexico_City",
                        LocalTime.of(9, 0), LocalTime.of(15, 0)));
    }

    @Test
    void noSeAbreElCalendarioDeUnSujetoObligadoDesconocido() {
        fixture.givenNoPriorActivity()
                .when(AbrirCalendario.delSujetoObligado("so-fantasma", "America/Mexico_City", LocalTime.of(9, 0),
                        LocalTime.of(15, 0)), ADMIN)
                .expectNoEvents()
                .expectException(NoEncontradoException.class);
    }

    @Test
    void unGaranteNoAbreElCalendarioDeUnSujetoObligadoAjeno() {
        fixture.givenNoPriorActivity()
                .when(AbrirCalendario.delSujetoObligado("so-salud", "America/Mexico_City", LocalTime.of(9, 0),
                        LocalTime.of(15, 0)), GARANTE_QROO)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void abreElCalendarioDeLaPlataformaTodoElDia() {
        fixture.givenNoPriorActivity()
                .when(AbrirCalendario.dePlataforma(), ADMIN)
                .expectEvents(new CalendarioAbierto("plataforma", "plataforma", "America/Mexico_City",
                        LocalTime.MIDNIGHT, LocalTime.of(23, 59)));
        fixture.givenNoPriorActivity()
                .when(AbrirCalendario.dePlataforma(), GARANTE_FEDERAL)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void noSeAbreUnCalendarioConIdentificadorInvalidoOZonaDesconocida() {
        fixture.givenNoPriorActivity()
                .when(new AbrirCalendario("otro:x", "x", "America/Mexico_City", LocalTime.of(9, 0),
                        LocalTime.of(18, 0)), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new AbrirCalendario(FEDERAL, "federal", "Mexico/Narnia", LocalTime.of(9, 0),
                        LocalTime.of(18, 0)), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new AbrirCalendario(FEDERAL, "qroo", "America/Mexico_City", LocalTime.of(9, 0),
                        LocalTime.of(18, 0)), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    // --- Every change answers the calendar's new revision, and every one checks rights and texts ---

    @Test
    void cadaCambioRespondeSuRevisionNueva() {
        fixture.given(ABIERTO, new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo", "A1",
                        PUBLICACION, 2L))
                .when(new RevocarDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "A2", PUBLICACION), ADMIN)
                .expectResultMessagePayload(3L);
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s9", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
                        "Falla", "A3", PUBLICACION), ADMIN)
                .expectResultMessagePayload(2L)
                .expectEvents(new SuspensionDecretada(FEDERAL, "s9", LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 7, 2), "Falla", "A3", PUBLICACION, 2L));
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 3), "A4", PUBLICACION), ADMIN)
                .expectResultMessagePayload(3L);
        fixture.given(ABIERTO)
                .when(new CambiarHorarioDeRecepcion(FEDERAL, LocalTime.of(8, 0), LocalTime.of(17, 0), null, "A5",
                        PUBLICACION), ADMIN)
                .expectResultMessagePayload(2L);
    }

    @Test
    void unGaranteAjenoNoRevocaNiLevantaNiCambiaElHorario_Vigesimo_tercero() {
        fixture.given(ABIERTO, new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo", "A1",
                        PUBLICACION, 2L))
                .when(new RevocarDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "A2", PUBLICACION), GARANTE_QROO)
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
        fixture.given(ABIERTO, decretada("s1", 2L))
                .when(new LevantarSuspension(FEDERAL, "s1", LocalDate.of(2025, 7, 3), "A4", PUBLICACION),
                        GARANTE_QROO)
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
        fixture.given(ABIERTO)
                .when(new CambiarHorarioDeRecepcion(FEDERAL, LocalTime.of(8, 0), LocalTime.of(17, 0), null, "A5",
                        PUBLICACION), GARANTE_QROO)
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void noSeRevocaUnDiaQueNoEstaDeclaradoAunqueHayaOtros() {
        fixture.given(ABIERTO, new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo", "A1",
                        PUBLICACION, 2L))
                .when(new RevocarDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 2), "A2", PUBLICACION), ADMIN)
                .expectNoEvents().expectException(ConflictoDeEstadoException.class);
    }

    @Test
    void losTextosDeCadaCambioSonObligatoriosYAcotados() {
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), " ", "A1", PUBLICACION), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, " ", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
                        "Falla", "A3", PUBLICACION), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s".repeat(65), LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 7, 2), "Falla", "A3", PUBLICACION), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s9", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
                        " ", "A3", PUBLICACION), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.given(ABIERTO)
                .when(new DecretarSuspension(FEDERAL, "s9", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
                        "m".repeat(501), "A3", PUBLICACION), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.given(ABIERTO)
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo", "A".repeat(256),
                        PUBLICACION), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("255 caracteres"));
    }

    @Test
    void abrirUnCalendarioExigeTitularHorarioYAtribucion() {
        fixture.givenNoPriorActivity()
                .when(new AbrirCalendario(FEDERAL, "federal", "America/Mexico_City", LocalTime.of(9, 0),
                        LocalTime.of(18, 0)), GARANTE_QROO)
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
        fixture.givenNoPriorActivity()
                .when(new AbrirCalendario("sujeto-obligado:so-salud", "so-sep", "America/Mexico_City",
                        LocalTime.of(9, 0), LocalTime.of(18, 0)), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new AbrirCalendario(FEDERAL, "federal", "America/Mexico_City", LocalTime.of(18, 0),
                        LocalTime.of(9, 0)), ADMIN)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(AbrirCalendario.dePlataforma(), GARANTE_FEDERAL)
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
    }

    // --- laboral(): the calendar plazos are computed with ---

    @Test
    void elCalendarioLaboralReflejaCadaCambioYSuRevision() {
        fixture.given(ABIERTO,
                        new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 1), "Día del Trabajo", "A1",
                                PUBLICACION, 2L),
                        new DiaInhabilDeclarado(FEDERAL, LocalDate.of(2025, 5, 5), "Batalla de Puebla", "A1",
                                PUBLICACION, 3L),
                        new DiaInhabilRevocado(FEDERAL, LocalDate.of(2025, 5, 5), "A2", PUBLICACION, 4L),
                        decretada("s1", 5L),
                        decretada("s2", 6L),
                        new SuspensionLevantada(FEDERAL, "s2", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 15),
                                LocalDate.of(2025, 7, 1), "A3", PUBLICACION, 7L),
                        new HorarioDeRecepcionCambiado(FEDERAL, LocalTime.of(8, 0), LocalTime.of(16, 0),
                                LocalDate.of(2025, 6, 2), "A4", PUBLICACION, 8L))
                .when(new DeclararDiaInhabil(FEDERAL, LocalDate.of(2025, 9, 16), "Independencia", "A5",
                        PUBLICACION), ADMIN)
                .expectResultMessagePayload(9L)
                .expectState(calendario -> {
                    CalendarioLaboral laboral = calendario.laboral();
                    assertThat(laboral.revision()).isEqualTo(9L);
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 5, 1))).isFalse();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 5, 5))).isTrue();
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 9, 16))).isFalse();
                    // s1 and s2 had the same dates: lifting s2 leaves s1 in force.
                    assertThat(laboral.esDiaHabil(LocalDate.of(2025, 7, 7))).isFalse();
                    assertThat(laboral.suspensiones()).hasSize(1);
                    assertThat(laboral.horario().cierre()).isEqualTo(LocalTime.of(16, 0));
                });
    }

    private static SuspensionDecretada decretada(String id, long revision) {
        return new SuspensionDecretada(FEDERAL, id, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 15),
                "Falla de la Plataforma", "ACT-PUB/11/2025", PUBLICACION, revision);
    }
}
