package mx.pnt.command.configuracion;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.configuracion.LeyLocalAdoptada;
import mx.pnt.events.configuracion.RangosDeSemaforoFijados;
import mx.pnt.events.configuracion.ReglaLocal;
import mx.pnt.plazos.RangosSemaforo;
import mx.pnt.plazos.reglas.Materia;
import mx.pnt.plazos.reglas.Paso;
import mx.pnt.command.calendario.CalendariosLookup;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.mockito.Mockito;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class ConfiguracionDePlazosTest {

    private static final LocalDate DESDE = LocalDate.of(2025, 6, 1);
    private static final Map<String, ?> ADMIN = Map.of(MetadatosDelActor.USUARIO, "admin",
            MetadatosDelActor.ROL, "ADMIN");
    private static final Map<String, ?> GARANTE_QROO = Map.of(MetadatosDelActor.USUARIO, "garante-qroo",
            MetadatosDelActor.ROL, "GARANTE", MetadatosDelActor.GARANTE, "qroo");
    private static final Map<String, ?> GARANTE_FEDERAL = Map.of(MetadatosDelActor.USUARIO, "garante",
            MetadatosDelActor.ROL, "GARANTE", MetadatosDelActor.GARANTE, "federal");
    private static final Map<String, ReglaLocal> RESPUESTA_10 = Map.of("RESPUESTA", new ReglaLocal(10, "154"));
    private static final LeyLocalAdoptada ADOPTADA = new LeyLocalAdoptada("qroo", "LTAIPQROO", "LTAIP Quintana Roo",
            DESDE, RESPUESTA_10, 1L);

    private FixtureConfiguration<ConfiguracionDePlazos> fixture;

    /** "Today" for the fixture: 1 June 2025 in Quintana Roo (10:00, UTC-5). */
    private Instant ahora = Instant.parse("2025-06-01T15:00:00Z");

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(ConfiguracionDePlazos.class);
        CalendariosLookup calendarios = Mockito.mock(CalendariosLookup.class);
        Mockito.when(calendarios.zona(Mockito.anyString())).thenReturn(Optional.empty());
        Mockito.when(calendarios.zona("garante:qroo")).thenReturn(Optional.of(ZoneId.of("America/Cancun")));
        fixture.registerInjectableResource(calendarios);
        fixture.registerInjectableResource(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(ahora, zone);
            }

            @Override
            public Instant instant() {
                return ahora;
            }
        });
    }

    @Test
    void unaLeyLocalNoRigeAntesDelDiaEnQueSeRegistra_TransitorioNoveno() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE.minusDays(1),
                        RESPUESTA_10), GARANTE_QROO)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("procedimientos ya iniciados"));
    }

    @Test
    void elDiaDeRegistroSeTomaEnLaZonaDelGarante() {
        // 04:30 UTC on 1 June is still 31 May, 23:30, in Cancún: the Ley Local may rule from 31 May.
        ahora = Instant.parse("2025-06-01T04:30:00Z");
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE.minusDays(1),
                        RESPUESTA_10), GARANTE_QROO)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void laLeyLocalRequiereClaveNombreYArticulosAcotados() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", " ", "LTAIP Quintana Roo", DESDE, RESPUESTA_10), GARANTE_QROO)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", " ", DESDE, RESPUESTA_10), GARANTE_QROO)
                .expectNoEvents().expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "L".repeat(301), DESDE, RESPUESTA_10), GARANTE_QROO)
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("300 caracteres"));
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE,
                        Map.of("RESPUESTA", new ReglaLocal(10, "a".repeat(256)))), GARANTE_QROO)
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("255 caracteres"));
    }

    @Test
    void laConfiguracionDeCadaGaranteTieneSuPropioIdentificador() {
        assertThat(ConfiguracionDePlazos.idDelGarante("qroo")).isEqualTo("configuracion:qroo");
    }

    @Test
    void textosMasLargosQueSuLimiteSeRechazan() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "L".repeat(65), "LTAIP Quintana Roo", DESDE, RESPUESTA_10),
                        GARANTE_QROO)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("64 caracteres"));
    }

    // --- Ley Local (Lineamientos, Cuarto) ---

    @Test
    void cuarto_elGaranteAdoptaUnaLeyLocalConPlazoMasCortoParaLaAutoridad() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE, RESPUESTA_10),
                        GARANTE_QROO)
                .expectEvents(ADOPTADA)
                .expectState(c -> {
                    assertThat(c.reglasAl(LocalDate.of(2025, 7, 1), Materia.ACCESO_A_LA_INFORMACION)
                            .regla(Paso.RESPUESTA).dias()).isEqualTo(10);
                    // Before the adoption, and for other steps, the Ley General governs.
                    assertThat(c.reglasAl(LocalDate.of(2025, 5, 1), Materia.ACCESO_A_LA_INFORMACION)
                            .regla(Paso.RESPUESTA).dias()).isEqualTo(20);
                    assertThat(c.reglasAl(LocalDate.of(2025, 7, 1), Materia.ACCESO_A_LA_INFORMACION)
                            .regla(Paso.INTERPONER_RECURSO_REVISION).dias()).isEqualTo(15);
                });
    }

    @Test
    void cuarto_noSeAmplianLosPlazosDeLaAutoridad() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE,
                        Map.of("RESPUESTA", new ReglaLocal(25, "154"))), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("Cuarto"));
    }

    @Test
    void cuarto_noSeReducenLosPlazosDelParticular() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE,
                        Map.of("INTERPONER_RECURSO_REVISION", new ReglaLocal(10, "170"))), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("perjuicio"));
    }

    @Test
    void unPasoQueLaLeyGeneralVigenteNoPreveNoTienePlazoLocal() {
        // The atracción was abolished by the LGTAIP 2025.
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE,
                        Map.of("ATRACCION_SEMAFORO", new ReglaLocal(5, "99"))), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("no está previsto"));
    }

    @Test
    void losPasosDeDatosPersonalesSeValidanContraSuLeyGeneral() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LPDPQROO", "LPDP Quintana Roo", DESDE,
                        Map.of("ARCO_RESPUESTA", new ReglaLocal(15, "60"))), ADMIN)
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.reglasAl(LocalDate.of(2025, 7, 1), Materia.DATOS_PERSONALES)
                        .regla(Paso.ARCO_RESPUESTA).dias()).isEqualTo(15));
    }

    @Test
    void unPasoInexistenteOUnaReglaSinArticuloSeRechazan() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE,
                        Map.of("RESPONDER", new ReglaLocal(10, "154"))), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("no existe"));
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE,
                        Map.of("RESPUESTA", new ReglaLocal(10, " "))), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE, Map.of()), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    @Test
    void unaNuevaLeyLocalRigeDespuesDeLaAnterior() {
        fixture.given(ADOPTADA)
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO-2026", "LTAIP Quintana Roo 2026",
                        LocalDate.of(2026, 1, 1), Map.of("RESPUESTA", new ReglaLocal(8, "150"))), ADMIN)
                .expectResultMessagePayload(2L)
                .expectEvents(new LeyLocalAdoptada("qroo", "LTAIPQROO-2026", "LTAIP Quintana Roo 2026",
                        LocalDate.of(2026, 1, 1), Map.of("RESPUESTA", new ReglaLocal(8, "150")), 2L));
        fixture.given(ADOPTADA)
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO-2024", "LTAIP Quintana Roo", DESDE.minusDays(1),
                        RESPUESTA_10), ADMIN)
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class);
    }

    @Test
    void unGaranteNoConfiguraLosPlazosDeOtro() {
        fixture.givenNoPriorActivity()
                .when(new AdoptarLeyLocal("qroo", "LTAIPQROO", "LTAIP Quintana Roo", DESDE, RESPUESTA_10),
                        GARANTE_FEDERAL)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }

    // --- Semáforo (Vigésimo tercero VII) ---

    @Test
    void vigesimoTerceroVII_elGaranteFijaSusRangos() {
        fixture.givenNoPriorActivity()
                .when(new FijarRangosDeSemaforo("qroo", 10, 4, DESDE), GARANTE_QROO)
                .expectResultMessagePayload(1L)
                .expectEvents(new RangosDeSemaforoFijados("qroo", 10, 4, DESDE, 1L))
                .expectState(c -> {
                    assertThat(c.rangosAl(DESDE)).contains(new RangosSemaforo(10, 4));
                    assertThat(c.rangosAl(DESDE.minusDays(1))).isEmpty();
                });
    }

    @Test
    void vigesimoTerceroVII_rangosIncongruentesSeRechazan() {
        fixture.givenNoPriorActivity()
                .when(new FijarRangosDeSemaforo("qroo", 3, 5, DESDE), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("amarillo"));
        fixture.givenNoPriorActivity()
                .when(new FijarRangosDeSemaforo("qroo", 10, 0, DESDE), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        fixture.givenNoPriorActivity()
                .when(new FijarRangosDeSemaforo("qroo", null, 4, DESDE), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    @Test
    void losRangosRequierenVigenciaPosteriorALaAnterior() {
        fixture.given(new RangosDeSemaforoFijados("qroo", 10, 4, DESDE, 1L))
                .when(new FijarRangosDeSemaforo("qroo", 8, 3, DESDE), ADMIN)
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class);
        fixture.givenNoPriorActivity()
                .when(new FijarRangosDeSemaforo("qroo", 8, 3, null), ADMIN)
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    @Test
    void unGaranteNoFijaElSemaforoDeOtroNiLoHaceUnaUnidad() {
        fixture.givenNoPriorActivity()
                .when(new FijarRangosDeSemaforo("qroo", 10, 4, DESDE), GARANTE_FEDERAL)
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
        fixture.givenNoPriorActivity()
                .when(new FijarRangosDeSemaforo("qroo", 10, 4, DESDE), Map.of(MetadatosDelActor.USUARIO, "ut",
                        MetadatosDelActor.ROL, "UNIDAD_TRANSPARENCIA", MetadatosDelActor.GARANTE, "qroo"))
                .expectNoEvents()
                .expectException(ActuacionNoPermitidaException.class);
    }
}
