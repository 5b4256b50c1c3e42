package mx.pnt.command.catalogo;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.command.prueba.RelojDePrueba;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.catalogo.OrganismoGaranteActualizado;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.SujetoObligadoActualizado;
import mx.pnt.events.catalogo.SujetoObligadoDadoDeBaja;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import mx.pnt.plazos.InstanteLegal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

/**
 * Centésimo vigésimo octavo: the catalog of sujetos obligados and organismos garantes kept current by its owners,
 * each change with its reason and the entry's next revision; refused changes record nothing.
 */
class CatalogoActualizadoTest {

    private static final Instant AHORA = Instant.parse("2026-02-10T16:00:00Z");
    private static final InstanteLegal EN_CDMX = InstanteLegal.observar(AHORA,
            ZoneId.of("America/Mexico_City"));
    private static final SujetoObligadoRegistrado SALUD = new SujetoObligadoRegistrado("so-salud", "120001",
            "Secretaría de Salud", "federal");

    private AggregateTestFixture<SujetoObligado> sujetos;
    private AggregateTestFixture<OrganismoGarante> garantes;

    @BeforeEach
    void preparar() {
        RelojDePrueba reloj = new RelojDePrueba(() -> AHORA);
        sujetos = new AggregateTestFixture<>(SujetoObligado.class);
        sujetos.registerInjectableResource(reloj);
        garantes = new AggregateTestFixture<>(OrganismoGarante.class);
        garantes.registerInjectableResource(reloj);
    }

    @Test
    void elGaranteRenombraASuSujetoObligadoConMotivo_CentesimoVigesimoOctavo() {
        sujetos.given(SALUD)
                .when(new ActualizarSujetoObligado("so-salud", " Secretaría de Salud y Bienestar ",
                        " Decreto de reforma "), personalDe("federal"))
                .expectEvents(new SujetoObligadoActualizado("so-salud", "Secretaría de Salud y Bienestar",
                        "Decreto de reforma", 2, EN_CDMX))
                .expectResultMessagePayload(2L);
        sujetos.given(SALUD, new SujetoObligadoActualizado("so-salud", "Secretaría de Salud y Bienestar", "Decreto",
                        2, EN_CDMX))
                .when(new DarDeBajaSujetoObligado("so-salud", "Extinción por decreto"), admin())
                .expectEvents(new SujetoObligadoDadoDeBaja("so-salud", "Extinción por decreto", 3, EN_CDMX))
                .expectResultMessagePayload(3L);
    }

    @Test
    void otroGaranteOtroRolNoTocanElCatalogoDelSujetoObligado() {
        sujetos.given(SALUD)
                .when(new ActualizarSujetoObligado("so-salud", "Otra", "Motivo"), personalDe("bc"))
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
        sujetos.given(SALUD)
                .when(new DarDeBajaSujetoObligado("so-salud", "Motivo"),
                        new MetadatosDelActor("ut", "UNIDAD_TRANSPARENCIA", "federal", "so-salud").comoMapa())
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
    }

    @Test
    void sinNombreSinMotivoOSinCambioSeRechaza() {
        sujetos.given(SALUD)
                .when(new ActualizarSujetoObligado("so-salud", " ", "Motivo"), admin())
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("nombre"));
        sujetos.given(SALUD)
                .when(new ActualizarSujetoObligado("so-salud", "Salud", null), admin())
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("motivo"));
        sujetos.given(SALUD)
                .when(new ActualizarSujetoObligado("so-salud", "S".repeat(301), "Motivo"), admin())
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("300"));
        sujetos.given(SALUD)
                .when(new DarDeBajaSujetoObligado("so-salud", "M".repeat(501)), admin())
                .expectNoEvents().expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("500"));
        sujetos.given(SALUD)
                .when(new ActualizarSujetoObligado("so-salud", "Secretaría de Salud ", "Motivo"), admin())
                .expectNoEvents().expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(containsString("ya se llama así"));
    }

    @Test
    void unSujetoObligadoDadoDeBajaYaNoCambia() {
        SujetoObligadoDadoDeBaja baja = new SujetoObligadoDadoDeBaja("so-salud", "Extinción", 2, EN_CDMX);
        sujetos.given(SALUD, baja)
                .when(new DarDeBajaSujetoObligado("so-salud", "Otra vez"), admin())
                .expectNoEvents().expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(containsString("ya se dio de baja"));
        sujetos.given(SALUD, baja)
                .when(new ActualizarSujetoObligado("so-salud", "Nueva", "Motivo"), admin())
                .expectNoEvents().expectException(ConflictoDeEstadoException.class);
    }

    @Test
    void soloLaAdministracionRenombraUnOrganismoGarante_CentesimoVigesimoOctavo() {
        OrganismoGaranteRegistrado federal = new OrganismoGaranteRegistrado("federal", "INAI", "Federación");
        garantes.given(federal)
                .when(new ActualizarOrganismoGarante("federal", "Transparencia para el Pueblo",
                        "LGTAIP 2025, Transitorio Primero"), admin())
                .expectEvents(new OrganismoGaranteActualizado("federal", "Transparencia para el Pueblo",
                        "LGTAIP 2025, Transitorio Primero", 2, EN_CDMX))
                .expectResultMessagePayload(2L);
        garantes.given(federal)
                .when(new ActualizarOrganismoGarante("federal", "Otro", "Motivo"), personalDe("federal"))
                .expectNoEvents().expectException(ActuacionNoPermitidaException.class);
        garantes.given(federal)
                .when(new ActualizarOrganismoGarante("federal", "INAI", "Motivo"), admin())
                .expectNoEvents().expectException(ConflictoDeEstadoException.class);
    }

    private static Map<String, String> personalDe(String garanteId) {
        return new MetadatosDelActor("staff-" + garanteId, "GARANTE", garanteId, null).comoMapa();
    }

    private static Map<String, String> admin() {
        return new MetadatosDelActor("admin", "ADMIN", null, null).comoMapa();
    }
}
