package mx.pnt.app.web;

import mx.pnt.app.PlataformaEnPruebas;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages' security through the real HTTP stack: the Content-Security-Policy, the session cookie's flags,
 * login and its refusal, CSRF on every form, and Spanish pages (never a stack trace) for what fails.
 */
class PaginasWebHttpTest extends PlataformaEnPruebas {

    private static final Pattern CLAVE = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void lasPaginasProhibenScriptsEnLineaYMarcos() {
        web.get().uri("/").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", politica -> assertThat(politica)
                        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"))
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void sinSesionUnaPaginaDeTrabajoLlevaAlIngreso() {
        web.get().uri("/tablero").exchange().expectStatus().isFound()
                .expectHeader().value("Location", l -> assertThat(l).endsWith("/ingresar"));
    }

    @Test
    void elIngresoCambiaLaSesionYSuCookieEsHttpOnlyYSameSite() {
        EntityExchangeResult<String> pagina = web.get().uri("/ingresar").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        ResponseCookie antes = pagina.getResponseCookies().getFirst("PNT_SESION");
        assertThat(antes).isNotNull();
        assertThat(antes.isHttpOnly()).isTrue();
        assertThat(antes.getSameSite()).isEqualToIgnoringCase("Lax");

        EntityExchangeResult<byte[]> ingreso = web.post().uri("/ingresar").cookie("PNT_SESION", antes.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", clave(pagina.getResponseBody()))
                        .with("usuario", "auditor").with("contrasena", "auditor-demo"))
                .exchange().expectStatus().isSeeOther()
                .expectHeader().value("Location", l -> assertThat(l).endsWith("/inicio"))
                .expectBody().returnResult();
        ResponseCookie despues = ingreso.getResponseCookies().getFirst("PNT_SESION");
        assertThat(despues).isNotNull();
        assertThat(despues.getValue()).as("una sesión fijada antes del ingreso no sirve después")
                .isNotEqualTo(antes.getValue());

        web.get().uri("/inicio").cookie("PNT_SESION", despues.getValue()).exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html).contains("Auditoría"));
        web.get().uri("/inicio").cookie("PNT_SESION", antes.getValue()).exchange().expectStatus().isFound();
    }

    @Test
    void unaContrasenaIncorrectaSeRechazaEnEspanol() {
        EntityExchangeResult<String> pagina = web.get().uri("/ingresar").exchange().expectBody(String.class)
                .returnResult();
        String sesion = pagina.getResponseCookies().getFirst("PNT_SESION").getValue();
        web.post().uri("/ingresar").cookie("PNT_SESION", sesion)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("_csrf", clave(pagina.getResponseBody()))
                        .with("usuario", "auditor").with("contrasena", "otra"))
                .exchange().expectStatus().isUnauthorized()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("Usuario o contraseña incorrectos").contains("id=\"usuario\""));
    }

    /** A form posted without the session's CSRF token does nothing: a Spanish page, no event. */
    @Test
    void unFormularioSinSuClaveNoRegistraNada() {
        Integer antes = jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class);
        web.post().uri("/solicitudes").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("sujetoObligadoId", "so-salud").with("descripcion", "Nóminas")
                        .with("modalidadDeEntrega", "ELECTRONICA"))
                .exchange().expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
                .expectBody(String.class).value(html -> assertThat(html).contains("Formulario vencido")
                        .doesNotContain("Exception"));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class)).isEqualTo(antes);
    }

    /**
     * A form with more parts than the platform reads in one envío: refused in Spanish while its body is read (the CSRF
     * check reads it first), with nothing recorded; before, Spring's error page answered 500.
     */
    @Test
    void unFormularioConDemasiadasPartesSeRechazaEnEspanol() {
        Integer antes = jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class);
        // A session with its CSRF token, as a browser has after opening any form.
        ResponseCookie sesion = web.get().uri("/ingresar").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseCookies().getFirst("PNT_SESION");
        var partes = new org.springframework.http.client.MultipartBodyBuilder();
        for (int i = 0; i < 65; i++) {
            partes.part("campo" + i, "valor");
        }
        web.post().uri("/sicom/envio").cookie("PNT_SESION", sesion.getValue()).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(partes.build()))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("Formulario demasiado grande",
                        "No se registró nada").doesNotContain("Exception"));
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class)).isEqualTo(antes);
    }

    @Test
    void unFolioQueNoExisteSeExplicaEnEspanol() {
        web.get().uri("/seguimiento?folio=000000000000000").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("role=\"alert\"")
                        .doesNotContain("Exception"));
        web.get().uri("/seguimiento?folio=").exchange().expectStatus().isBadRequest()
                .expectBody(String.class).value(html -> assertThat(html).contains("Escriba el folio"));
    }

    private static String clave(String html) {
        Matcher m = CLAVE.matcher(html);
        assertThat(m.find()).as("el formulario lleva la clave CSRF").isTrue();
        return m.group(1);
    }
}
