package mx.pnt.app.seguridad;

import mx.pnt.query.web.SesionWeb;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * Login of the web pages through the configured OpenID Connect issuer (authorization code flow), when the platform
 * accepts that issuer's tokens instead of signing its own. The page offers the issuer; after the issuer's login,
 * the access token it issued is checked exactly as the API checks it (signature, issuer, expiry, a person's role in
 * {@code rol}) and kept in the server-side session under a new session id, as the platform's own login keeps its
 * token: from there on every page calls the API with it, and the API decides what the person may do.
 */
@Controller
@Conditional(SeguridadConfiguration.ConEmisorExterno.class)
public class IngresoConEmisorExterno implements ServerAuthenticationSuccessHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngresoConEmisorExterno.class);

    /** The id of the client registration the pages log in with. */
    private final String registro;
    private final ObjectProvider<ReactiveClientRegistrationRepository> registros;
    private final ReactiveJwtDecoder decodificador;
    private final ServerOAuth2AuthorizedClientRepository clientes;
    private final SeguridadConfiguration.ConversorDeRol conversor = new SeguridadConfiguration.ConversorDeRol();
    private final DefaultServerRedirectStrategy redireccion = new DefaultServerRedirectStrategy();

    public IngresoConEmisorExterno(@Value("${pnt.seguridad.oidc.registro:pnt}") String registro,
                                   ObjectProvider<ReactiveClientRegistrationRepository> registros,
                                   ReactiveJwtDecoder decodificador,
                                   ServerOAuth2AuthorizedClientRepository clientes) {
        this.registro = registro;
        this.registros = registros;
        this.decodificador = decodificador;
        this.clientes = clientes;
    }

    @GetMapping("/ingresar")
    public Mono<Rendering> formulario(ServerWebExchange exchange) {
        // "?error", with no value: the login failed (the redirect of the failed flow).
        boolean error = exchange.getRequest().getQueryParams().containsKey("error");
        ReactiveClientRegistrationRepository repositorio = registros.getIfAvailable();
        Mono<String> emisor = repositorio == null ? Mono.empty() : repositorio.findByRegistrationId(registro)
                .map(r -> r.getClientName() == null || r.getClientName().equals(registro)
                        ? "el proveedor de identidad" : r.getClientName());
        return emisor.map(nombre -> Rendering.view("ingresar")
                        .modelAttribute("emisorExterno", nombre)
                        .modelAttribute("enlaceDelEmisor", "/oauth2/authorization/" + registro)
                        .modelAttribute("error", !error ? null : "No fue posible iniciar su sesión: su cuenta "
                                + "del proveedor de identidad no tiene un rol de la Plataforma, o el ingreso se "
                                + "canceló. No se guardó nada.")
                        .status(error ? HttpStatus.UNAUTHORIZED : HttpStatus.OK).build())
                .defaultIfEmpty(Rendering.view("ingresar").status(HttpStatus.SERVICE_UNAVAILABLE)
                        .modelAttribute("emisorExterno", "")
                        .modelAttribute("error", "Las páginas de la Plataforma aún no tienen configurado su ingreso "
                                + "con el proveedor de identidad (registro de cliente OpenID Connect \"" + registro
                                + "\"). La API sigue disponible con los tokens de ese proveedor.").build());
    }

    /**
     * After the issuer's login: the access token checked as the API checks it, then kept in a new session; a token
     * without a person's role ends in the login page with its reason, and no session.
     */
    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange filtro, Authentication autenticacion) {
        ServerWebExchange exchange = filtro.getExchange();
        OAuth2AuthenticationToken ingreso = (OAuth2AuthenticationToken) autenticacion;
        return clientes.loadAuthorizedClient(ingreso.getAuthorizedClientRegistrationId(), ingreso, exchange)
                .flatMap(cliente -> decodificador.decode(cliente.getAccessToken().getTokenValue()))
                // The session keeps the token alone, as with the platform's own login; the client is not needed.
                .flatMap(token -> clientes.removeAuthorizedClient(ingreso.getAuthorizedClientRegistrationId(),
                        ingreso, exchange).thenReturn(token))
                .flatMap(token -> {
                    conversor.convert(token);
                    return exchange.getSession().flatMap(s -> s.changeSessionId().then(Mono.fromRunnable(() -> {
                        s.getAttributes().put(SesionWeb.TOKEN, token.getTokenValue());
                        s.getAttributes().put(SesionWeb.ROL, token.getClaimAsString(ClaimsDelActor.ROL));
                        s.getAttributes().put(SesionWeb.USUARIO, nombre(ingreso, token));
                    })));
                })
                .then(redireccion.sendRedirect(exchange, URI.create("/inicio")))
                .onErrorResume(RuntimeException.class, e -> rechazar(exchange, e));
    }

    /** A login the issuer or the platform refused: logged with its reason, no session, back to the login page. */
    Mono<Void> rechazar(ServerWebExchange exchange, Throwable causa) {
        LOG.warn("Ingreso con el proveedor de identidad rechazado: {}", causa.toString());
        return exchange.getSession().flatMap(s -> s.invalidate())
                .then(redireccion.sendRedirect(exchange, URI.create("/ingresar?error")));
    }

    /** How the pages name the person: the issuer's user name when it gives one, else the token's subject. */
    private static String nombre(OAuth2AuthenticationToken ingreso, Jwt token) {
        if (ingreso.getPrincipal() instanceof OidcUser persona && persona.getPreferredUsername() != null) {
            return persona.getPreferredUsername();
        }
        return token.getSubject();
    }
}
