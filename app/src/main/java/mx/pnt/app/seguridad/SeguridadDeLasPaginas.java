package mx.pnt.app.seguridad;

import mx.pnt.app.errores.PaginaDeRechazo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;


/**
 * The web pages' own security, apart from the API's: a session cookie (HttpOnly, SameSite, Secure under TLS) whose
 * server-side session holds the bearer token issued at login (the platform's own, or the configured OpenID Connect
 * issuer's after its authorization code flow), CSRF tokens on every form, and a Content-Security-Policy
 * that lets no inline script or style run. The API chain keeps its bearer tokens and no session.
 */
@Configuration(proxyBeanMethods = false)
public class SeguridadDeLasPaginas {

    /**
     * Scripts and styles only from the platform itself (the WebJars and {@code /estaticos}); no inline script, no
     * inline style, no eval; the pages may not be framed, and forms post only to the platform.
     */
    static final String POLITICA_DE_CONTENIDO = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain cadenaDeLasPaginas(ServerHttpSecurity http, ReactiveJwtDecoder decodificador,
                                              @Value("${server.ssl.enabled:false}") boolean tls,
                                              ObjectProvider<ReactiveClientRegistrationRepository> registros,
                                              ObjectProvider<IngresoConEmisorExterno> emisorExterno,
                                              ServerOAuth2AuthorizedClientRepository clientesAutorizados) {
        IngresoConEmisorExterno ingresoExterno = emisorExterno.getIfAvailable();
        if (ingresoExterno != null && registros.getIfAvailable() != null) {
            // The issuer's login (authorization code flow) ends in the session the pages read; Spring's own copy
            // of the security context is not kept (ContextoDeLaSesionWeb reads the token).
            http.oauth2Login(o -> o.authorizedClientRepository(clientesAutorizados)
                    .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                    .authenticationSuccessHandler(ingresoExterno)
                    .authenticationFailureHandler((filtro, e) -> ingresoExterno.rechazar(filtro.getExchange(), e)));
        }
        return http
                .securityMatcher(new NegatedServerWebExchangeMatcher(
                        ServerWebExchangeMatchers.pathMatchers("/api/**", "/actuator/**")))
                .securityContextRepository(new ContextoDeLaSesionWeb(decodificador))
                .csrf(csrf -> csrf.accessDeniedHandler(FORMULARIO_VENCIDO).csrfTokenRequestHandler(CLAVE_EN_FORMULARIOS))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(POLITICA_DE_CONTENIDO))
                        .referrerPolicy(r -> r.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeExchange(rutas -> rutas
                        // Public: the home page and folio tracker, the explanation of a plazo, the open statistics,
                        // the login page and the assets.
                        .pathMatchers(HttpMethod.GET, "/", "/seguimiento", "/plazos/**", "/estadisticas",
                                "/webjars/**", "/estaticos/**", "/favicon.ico").permitAll()
                        .pathMatchers("/ingresar", "/salir", "/oauth2/authorization/**", "/login/oauth2/code/**")
                        .permitAll()
                        // Everything else needs a signed-in person; what each may do, the API decides.
                        .anyExchange().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(
                        "/ingresar")))
                .build();
    }

    /**
     * Where the issuer's login keeps its authorized client until the session takes the token: the web session
     * itself, so nothing outlives it.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository clientesAutorizados() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * The CSRF token is read from the form's field also when the form carries documents (multipart), still masked
     * per response against BREACH as Spring's default does.
     */
    private static final XorServerCsrfTokenRequestAttributeHandler CLAVE_EN_FORMULARIOS =
            new XorServerCsrfTokenRequestAttributeHandler();

    static {
        CLAVE_EN_FORMULARIOS.setTokenFromMultipartDataEnabled(true);
    }

    /** A form without its CSRF token, or with another session's: a Spanish page, nothing done. */
    private static final ServerAccessDeniedHandler FORMULARIO_VENCIDO = (exchange, e) ->
            PaginaDeRechazo.escribir(exchange, HttpStatus.FORBIDDEN, "Formulario vencido", "El formulario no traía "
                    + "la clave de seguridad de su sesión (o su sesión terminó). No se registró nada. <a "
                    + "href=\"/ingresar\">Inicie sesión</a> y envíelo de nuevo.");
}
