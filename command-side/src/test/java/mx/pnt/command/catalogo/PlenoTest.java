package mx.pnt.command.catalogo;

import mx.pnt.command.errores.ActuacionNoPermitidaException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.MetadatosDelActor;
import mx.pnt.events.catalogo.NumeracionDeRecursosFijada;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.PlenoIntegrado;
import mx.pnt.plazos.reglas.Materia;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static mx.pnt.command.prueba.CoincidenciasDeEventos.rechazo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the SIGEMI needs of an organismo garante: its pleno, in the order of the turno (Octogésimo), and the way it
 * numbers its recursos so the number tells acceso from datos personales (Septuagésimo cuarto).
 */
class PlenoTest {

    private static final OrganismoGaranteRegistrado FEDERAL = new OrganismoGaranteRegistrado("federal",
            "Garante federal", "Federación");
    private static final PlenoIntegrado.Comisionado ANA = new PlenoIntegrado.Comisionado("ana", "Ana Peña");
    private static final PlenoIntegrado.Comisionado LUIS = new PlenoIntegrado.Comisionado("luis", "Luis Núñez");
    private static final Map<String, String> PERSONAL = new MetadatosDelActor("staff", "GARANTE", "federal", null)
            .comoMapa();

    private AggregateTestFixture<OrganismoGarante> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(OrganismoGarante.class);
    }

    @Test
    void elGaranteIntegraSuPlenoEnElOrdenDelTurnoYCadaCambioEsUnaRevision_Octogesimo() {
        fixture.given(FEDERAL)
                .when(new IntegrarPleno("federal", List.of(ANA, new PlenoIntegrado.Comisionado("luis",
                        " Luis Núñez ")), "ana"), PERSONAL)
                .expectEvents(new PlenoIntegrado("federal", List.of(ANA, LUIS), "ana", 1))
                .expectResultMessagePayload(1L);
        fixture.given(FEDERAL, new PlenoIntegrado("federal", List.of(ANA, LUIS), "ana", 1))
                .when(new IntegrarPleno("federal", List.of(LUIS, ANA), "luis"), PERSONAL)
                .expectEvents(new PlenoIntegrado("federal", List.of(LUIS, ANA), "luis", 2));
    }

    @Test
    void elPresidenteEsIntegranteDelPleno_Octogesimo() {
        fixture.given(FEDERAL)
                .when(new IntegrarPleno("federal", List.of(ANA, LUIS), "otra"), PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "presidente-fuera-del-pleno"));
    }

    @Test
    void unPlenoVacioORepetidoNoTurna_Octogesimo() {
        fixture.given(FEDERAL)
                .when(new IntegrarPleno("federal", List.of(), "ana"), PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "pleno-invalido"));
        fixture.given(FEDERAL)
                .when(new IntegrarPleno("federal", List.of(ANA, ANA), "ana"), PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "pleno-invalido"));
        fixture.given(FEDERAL)
                .when(new IntegrarPleno("federal", List.of(ANA, new PlenoIntegrado.Comisionado("luis", " ")), "ana"),
                        PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "pleno-invalido"));
    }

    @Test
    void soloSuPersonalOLaAdministracionIntegranElPleno() {
        fixture.given(FEDERAL)
                .when(new IntegrarPleno("federal", List.of(ANA), "ana"),
                        new MetadatosDelActor("x", "GARANTE", "qroo", null).comoMapa())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "garante-ajeno"));
        fixture.given(FEDERAL)
                .when(new IntegrarPleno("federal", List.of(ANA), "ana"),
                        new MetadatosDelActor("ana", "COMISIONADO", "federal", null).comoMapa())
                .expectNoEvents()
                .expectException(rechazo(ActuacionNoPermitidaException.class, "rol-sin-atribucion"));
    }

    @Test
    void elGaranteFijaElFormatoDelNumeroDescriptivo_SeptuagesimoCuarto() {
        fixture.given(FEDERAL)
                .when(new FijarNumeracionDeRecursos("federal", " {prefijo}-{consecutivo}-{anio} ", "RA", "RD"),
                        PERSONAL)
                .expectEvents(new NumeracionDeRecursosFijada("federal", "{prefijo}-{consecutivo}-{anio}", "RA",
                        "RD"));
    }

    @Test
    void elNumeroDistingueLaViaYNoAdmiteOtrasMarcas_SeptuagesimoCuarto() {
        fixture.given(FEDERAL)
                .when(new FijarNumeracionDeRecursos("federal", "{prefijo} {consecutivo}", "RR", "RR"), PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "numeracion-invalida"));
        fixture.given(FEDERAL)
                .when(new FijarNumeracionDeRecursos("federal", "{consecutivo}/{anio}", "RRA", "RRD"), PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "numeracion-invalida"));
        fixture.given(FEDERAL)
                .when(new FijarNumeracionDeRecursos("federal", "{prefijo} {consecutivo} {mes}", "RRA", "RRD"),
                        PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "numeracion-invalida"));
        fixture.given(FEDERAL)
                .when(new FijarNumeracionDeRecursos("federal", "{prefijo} {consecutivo}", "rra", "RRD"), PERSONAL)
                .expectNoEvents()
                .expectException(rechazo(ReglaIncumplidaException.class, "numeracion-invalida"));
    }

    /** Septuagésimo noveno: a reconducción changes the prefix and marks the number; the consecutive stays. */
    @Test
    void laReconduccionCambiaElPrefijoYMarcaElNumero_SeptuagesimoNoveno() {
        NumeroDescriptivo numeracion = NumeroDescriptivo.POR_DEFECTO;
        assertThat(numeracion.formatear(Materia.ACCESO_A_LA_INFORMACION, 7, 2026, 0)).isEqualTo("RRA 00007/2026");
        assertThat(numeracion.formatear(Materia.DATOS_PERSONALES, 7, 2026, 1)).isEqualTo("RRD 00007/2026-R");
        assertThat(numeracion.formatear(Materia.ACCESO_A_LA_INFORMACION, 7, 2026, 2)).isEqualTo("RRA 00007/2026-R2");
        assertThat(numeracion.formatear(Materia.ACCESO_A_LA_INFORMACION, 123456, 2026, 0))
                .isEqualTo("RRA 123456/2026");
        assertThatThrownBy(() -> NumeroDescriptivo.validar(null, "RRA", "RRD"))
                .isInstanceOf(ReglaIncumplidaException.class);
    }
}
