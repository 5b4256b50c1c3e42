package mx.pnt.command.catalogo;

import mx.pnt.command.errores.ConflictoDeEstadoException;
import mx.pnt.command.errores.NoEncontradoException;
import mx.pnt.command.errores.ReglaIncumplidaException;
import mx.pnt.events.catalogo.OrganismoGaranteRegistrado;
import mx.pnt.events.catalogo.SujetoObligadoRegistrado;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.Optional;

import static org.hamcrest.Matchers.containsString;

/**
 * The catalog's set-based rules, decided by each aggregate from the command-side lookup: a clave opens the folios
 * of one sujeto obligado only, its garante exists, and identifiers of different kinds never collide.
 */
class CatalogoTest {

    private CatalogoLookup catalogo;
    private AggregateTestFixture<SujetoObligado> sujetos;
    private AggregateTestFixture<OrganismoGarante> garantes;

    @BeforeEach
    void preparar() {
        catalogo = Mockito.mock(CatalogoLookup.class);
        Mockito.when(catalogo.tipoDeIdentificador(Mockito.anyString())).thenReturn(Optional.empty());
        Mockito.when(catalogo.tipoDeIdentificador("federal")).thenReturn(Optional.of("ORGANISMO_GARANTE"));
        Mockito.when(catalogo.tipoDeIdentificador("plataforma")).thenReturn(Optional.of("RESERVADO"));
        Mockito.when(catalogo.tipoDeIdentificador("so-salud")).thenReturn(Optional.of("SUJETO_OBLIGADO"));
        Mockito.when(catalogo.existeGarante("federal")).thenReturn(true);
        Mockito.when(catalogo.titularDeClave(Mockito.anyString())).thenReturn(Optional.empty());
        Mockito.when(catalogo.titularDeClave("120001")).thenReturn(Optional.of("so-salud"));
        sujetos = new AggregateTestFixture<>(SujetoObligado.class);
        sujetos.registerInjectableResource(catalogo);
        garantes = new AggregateTestFixture<>(OrganismoGarante.class);
        garantes.registerInjectableResource(catalogo);
    }

    @Test
    void seRegistraUnSujetoObligadoConClaveLibreBajoUnGaranteExistente() {
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("so-sep", "110001", " Secretaría de Educación Pública ", "federal"))
                .expectEvents(new SujetoObligadoRegistrado("so-sep", "110001", "Secretaría de Educación Pública",
                        "federal"));
    }

    @Test
    void laClaveAbreLosFoliosDeUnSoloSujetoObligado() {
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("so-otro", "120001", "Otro", "federal"))
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(containsString("so-salud"));
    }

    @Test
    void laClaveTieneSeisDigitos() {
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("so-otro", "12A001", "Otro", "federal"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("seis dígitos"));
    }

    @Test
    void suGaranteDebeExistir() {
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("so-otro", "130001", "Otro", "nadie"))
                .expectNoEvents()
                .expectException(NoEncontradoException.class);
    }

    @Test
    void unIdentificadorNoSeCompartePorClasesDistintas() {
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("federal", "130001", "Otro", "federal"))
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(containsString("un organismo garante"));
        garantes.givenNoPriorActivity()
                .when(new RegistrarOrganismoGarante("plataforma", "Otro", "X"))
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(containsString("reservado"));
        garantes.givenNoPriorActivity()
                .when(new RegistrarOrganismoGarante("so-salud", "Otro", "X"))
                .expectNoEvents()
                .expectException(ConflictoDeEstadoException.class)
                .expectExceptionMessage(containsString("un sujeto obligado"));
    }

    @Test
    void identificadoresYNombresRespetanSuFormaYLongitud() {
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("SO Salud", "130001", "Otro", "federal"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("so-" + "x".repeat(62), "130001", "Otro", "federal"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("64 caracteres"));
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("so-largo", "130001", "n".repeat(301), "federal"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("300 caracteres"));
        sujetos.givenNoPriorActivity()
                .when(new RegistrarSujetoObligado("so-sin-nombre", "130001", " ", "federal"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
    }

    @Test
    void seRegistraUnOrganismoGaranteConIdentificadorLibre() {
        garantes.givenNoPriorActivity()
                .when(new RegistrarOrganismoGarante("qroo", " Instituto de Quintana Roo ", "Quintana Roo"))
                .expectEvents(new OrganismoGaranteRegistrado("qroo", "Instituto de Quintana Roo", "Quintana Roo"));
        garantes.givenNoPriorActivity()
                .when(new RegistrarOrganismoGarante("qroo", " ", "Quintana Roo"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        garantes.givenNoPriorActivity()
                .when(new RegistrarOrganismoGarante("Q Roo", "Instituto", "Quintana Roo"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("minúsculas"));
        garantes.givenNoPriorActivity()
                .when(new RegistrarOrganismoGarante("qroo", "n".repeat(301), "Quintana Roo"))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class);
        garantes.givenNoPriorActivity()
                .when(new RegistrarOrganismoGarante("qroo", "Instituto", "e".repeat(301)))
                .expectNoEvents()
                .expectException(ReglaIncumplidaException.class)
                .expectExceptionMessage(containsString("entidad federativa"));
    }
}
