package mx.pnt.app;

import mx.pnt.PlataformaApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' login through an external OpenID Connect issuer (an in-process one): the authorization code flow ends
 * in a session that holds the issuer's access token, and every page then calls the API with it, which accepts that
 * issuer's tokens only. An account of the issuer without a person's role gets no session. With an issuer, the
 * platform's own accounts do not log in. The issuer is EmisorOidcDePrueba, in this JVM.
 */
class IngresoConEmisorExternoTest {

    private static final String CLIENTE = "pnt-web";
    private static final String COOKIE = "PNT_SESION";

    @TempDir
    static Path datos;

    private static EmisorOidcDePrueba emisor;
    private static ConfigurableApplicationContext plataforma;
    private static WebTestClient web;
    private static final HttpClient SIN_REDIRECCIONES = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void arrancar() throws Exception {
        emisor = new EmisorOidcDePrueba();
        String issuer = emisor.emisor();
        plataforma = new SpringApplicationBuilder(PlataformaApplication.class).run(
                "--server.port=0",
                "--pnt.postgres-embebido.datos=" + datos.resolve("postgres"),
                "--pnt.documentos.carpeta=" + datos.resolve("documentos"),
                "--pnt.vencimientos.activa=false",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "--spring.security.oauth2.client.provider.pnt.issuer-uri=" + issuer,
                "--spring.security.oauth2.client.registration.pnt.client-id=" + CLIENTE,
                "--spring.security.oauth2.client.registration.pnt.client-secret=secreto-de-prueba",
                "--spring.security.oauth2.client.registration.pnt.client-name=Llave de prueba",
                "--spring.security.oauth2.client.registration.pnt.scope=openid");
        int puerto = ((WebServerApplicationContext) plataforma).getWebServer().getPort();
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + puerto)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterAll
    static void detener() {
        if (plataforma != null) {
            plataforma.close();
        }
        emisor.close();
    }

    /** The flow a browser follows: the platform's redirect to the issuer, the issuer's back, the code exchanged. */
    private static Sesion ingresar(String usuario, Map<String, Object> claims) throws Exception {
        emisor.siguiente(usuario, claims);
        EntityExchangeResult<byte[]> inicio = web.get().uri("/oauth2/authorization/pnt").exchange()
                .expectStatus().isFound().expectBody().returnResult();
        String cookie = cookie(inicio);
        URI alEmisor = inicio.getResponseHeaders().getLocation();
        assertThat(alEmisor.toString()).startsWith(emisor.emisor());
        HttpResponse<Void> delEmisor = SIN_REDIRECCIONES.send(HttpRequest.newBuilder(alEmisor).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(delEmisor.statusCode()).isEqualTo(302);
        URI deRegreso = URI.create(delEmisor.headers().firstValue("Location").orElseThrow());
        EntityExchangeResult<byte[]> regreso = web.get().uri(deRegreso)
                .cookie(COOKIE, cookie).exchange().expectStatus().isFound().expectBody().returnResult();
        String nueva = regreso.getResponseCookies().containsKey(COOKIE) ? cookie(regreso) : cookie;
        return new Sesion(nueva, cookie, regreso.getResponseHeaders().getLocation());
    }

    private record Sesion(String cookie, String anterior, URI destino) {
    }

    private static String cookie(EntityExchangeResult<?> resultado) {
        ResponseCookie cookie = resultado.getResponseCookies().getFirst(COOKIE);
        assertThat(cookie).as("cookie de sesión").isNotNull();
        return cookie.getValue();
    }

    /**
     * A page as a browser reads it, keeping the session cookie it is given (Spring's session-held CSRF token changes
     * the session id when it is first issued).
     */
    private static String pagina(String ruta, String[] cookie) {
        EntityExchangeResult<String> pagina = web.get().uri(ruta).cookie(COOKIE, cookie[0])
                .accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        if (pagina.getResponseCookies().containsKey(COOKIE)) {
            cookie[0] = cookie(pagina);
        }
        return pagina.getResponseBody();
    }

    @Test
    void laPaginaDeIngresoOfreceAlEmisorYNoLasCuentasPropias() {
        String ingreso = web.get().uri("/ingresar").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(ingreso).contains("Ingresar con Llave de prueba", "href=\"/oauth2/authorization/pnt\"")
                .doesNotContain("name=\"contrasena\"");
        // The platform's own accounts do not log in while an issuer is configured.
        web.post().uri("/api/sesiones").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("usuario", "garante", "contrasena", "garante-demo")).exchange()
                .expectStatus().is4xxClientError();
        // A page that needs a person sends to the login page.
        web.get().uri("/tablero").accept(MediaType.TEXT_HTML).exchange().expectStatus().isFound()
                .expectHeader().location("/ingresar");
    }

    @Test
    void laPersonaIngresaConElEmisorYLasPaginasLlamanALaApiConSuToken() throws Exception {
        Sesion sesion = ingresar("staff-oidc", Map.of("rol", "GARANTE", "garante", "federal",
                "preferred_username", "maria.oidc"));
        assertThat(sesion.destino()).hasPath("/inicio");
        // A new session id after login: one fixed before it is worth nothing.
        assertThat(sesion.cookie()).isNotEqualTo(sesion.anterior());
        web.get().uri("/inicio").cookie(COOKIE, sesion.anterior()).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound().expectHeader().location("/ingresar");

        String[] cookie = {sesion.cookie()};
        assertThat(pagina("/inicio", cookie)).contains("maria.oidc");
        // The board comes from the API, called with the issuer's token: the garante's board, not a refusal.
        assertThat(pagina("/tablero", cookie)).contains("Tablero").doesNotContain("class=\"problema\"");

        // Logged out, the session is gone.
        String formulario = pagina("/inicio", cookie);
        String csrf = formulario.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        web.post().uri("/salir").cookie(COOKIE, cookie[0]).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=" + csrf).exchange().expectStatus().is3xxRedirection();
        web.get().uri("/inicio").cookie(COOKIE, cookie[0]).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound().expectHeader().location("/ingresar");
    }

    @Test
    void unaCuentaDelEmisorSinRolDeLaPlataformaNoObtieneSesion() throws Exception {
        Sesion sesion = ingresar("sin-rol", Map.of("preferred_username", "sin.rol"));
        assertThat(sesion.destino().toString()).isEqualTo("/ingresar?error");
        web.get().uri("/inicio").cookie(COOKIE, sesion.cookie()).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound().expectHeader().location("/ingresar");
        assertThat(web.get().uri("/ingresar?error").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isUnauthorized().expectBody(String.class).returnResult().getResponseBody())
                .contains("no tiene un rol de la Plataforma");

        // A token claiming the platform's own system role is no person's either.
        Sesion sistema = ingresar("sistema", Map.of("rol", "SISTEMA"));
        assertThat(sistema.destino().toString()).isEqualTo("/ingresar?error");
    }
}
