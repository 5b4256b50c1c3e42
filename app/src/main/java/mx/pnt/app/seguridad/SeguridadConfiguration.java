package mx.pnt.app.seguridad;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import mx.pnt.app.errores.RespuestaDeProblema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import reactor.core.publisher.Mono;

import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.util.List;

/**
 * Identity and rights. Login exchanges user and password (BCrypt, paid once) for a short-lived signed token; API
 * requests carry it as a bearer token and are checked by Spring Security's resource server. With
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} set, tokens of an external OpenID Connect issuer
 * are accepted instead of the platform's own.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SeguridadConfiguration {

    static final String EMISOR = "pnt-plataforma";

    /** Missing, expired or forged token: one Spanish problem, whether the filter or the resource server notices. */
    private static final ServerAuthenticationEntryPoint SIN_IDENTIFICACION = (exchange, e) ->
            RespuestaDeProblema.escribir(exchange, HttpStatus.UNAUTHORIZED, "Identificación requerida",
                    "Inicie sesión en POST /api/sesiones y envíe el token vigente en el encabezado "
                            + "Authorization: Bearer <token>.");

    private static final ServerAccessDeniedHandler SIN_PERMISO = (exchange, e) ->
            RespuestaDeProblema.escribir(exchange, HttpStatus.FORBIDDEN, "Sin permiso",
                    "Su rol no permite esta actuación.");

    @Bean
    SecurityWebFilterChain cadenaDeSeguridad(ServerHttpSecurity http) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(rutas -> rutas
                        .pathMatchers(HttpMethod.POST, "/api/sesiones").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/seguimiento/**", "/api/plazos/**").permitAll()
                        // Statistics are open data: aggregated, with no personal data.
                        .pathMatchers(HttpMethod.GET, "/api/estadisticas", "/api/estadisticas.csv").permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Presentation and trámite: the aggregate checks the actor's own folio or sujeto obligado.
                        .pathMatchers(HttpMethod.POST, "/api/solicitudes", "/api/solicitudes/**")
                        .hasAnyRole(Rol.SOLICITANTE.name(), Rol.UNIDAD_TRANSPARENCIA.name())
                        // SIGEMI: the recurrente, the Unidad that captures, the garante's staff and its comisionados;
                        // the aggregate checks the actor's own recurso, garante or ponencia.
                        .pathMatchers(HttpMethod.POST, "/api/recursos", "/api/recursos/**")
                        .hasAnyRole(Rol.SOLICITANTE.name(), Rol.UNIDAD_TRANSPARENCIA.name(), Rol.GARANTE.name(),
                                Rol.COMISIONADO.name())
                        // SICOM: Unidades de Transparencia and the garantes' staff send and confirm readings; the
                        // aggregate checks that each acts for its own organization.
                        .pathMatchers(HttpMethod.POST, "/api/sicom/comunicados/*/destinatario").hasRole(Rol.ADMIN.name())
                        .pathMatchers(HttpMethod.POST, "/api/sicom/**")
                        .hasAnyRole(Rol.UNIDAD_TRANSPARENCIA.name(), Rol.GARANTE.name(), Rol.COMISIONADO.name())
                        // Its bandejas are those two kinds of party's (the controller scopes them).
                        .pathMatchers(HttpMethod.GET, "/api/sicom/bandejas/**")
                        .hasAnyRole(Rol.UNIDAD_TRANSPARENCIA.name(), Rol.GARANTE.name(), Rol.COMISIONADO.name())
                        // The catalog's owners: the administration, and each garante for its sujetos obligados (the
                        // aggregates check which).
                        .pathMatchers(HttpMethod.POST, "/api/catalogo/**")
                        .hasAnyRole(Rol.ADMIN.name(), Rol.GARANTE.name())
                        .pathMatchers(HttpMethod.PUT, "/api/garantes/**")
                        .hasAnyRole(Rol.ADMIN.name(), Rol.GARANTE.name())
                        // Legal-time configuration: the aggregates also check that a garante acts on its own.
                        .pathMatchers(HttpMethod.POST, "/api/calendarios", "/api/calendarios/**")
                        .hasAnyRole(Rol.ADMIN.name(), Rol.GARANTE.name())
                        .pathMatchers(HttpMethod.PUT, "/api/calendarios/**", "/api/configuracion/**")
                        .hasAnyRole(Rol.ADMIN.name(), Rol.GARANTE.name())
                        .pathMatchers(HttpMethod.DELETE, "/api/calendarios/**")
                        .hasAnyRole(Rol.ADMIN.name(), Rol.GARANTE.name())
                        // Each solicitante sees their own folios (the controller scopes it).
                        .pathMatchers(HttpMethod.GET, "/api/bandejas/solicitante").hasRole(Rol.SOLICITANTE.name())
                        // Each Unidad de Transparencia sees its own bandeja (the controller scopes it).
                        .pathMatchers(HttpMethod.GET, "/api/bandejas/unidad-de-transparencia")
                        .hasRole(Rol.UNIDAD_TRANSPARENCIA.name())
                        // The boards of recursos: the garante's staff and its comisionados (the controller scopes it).
                        .pathMatchers(HttpMethod.GET, "/api/bandejas/recursos")
                        .hasAnyRole(Rol.GARANTE.name(), Rol.COMISIONADO.name())
                        // The tableros de semáforos: each role its own (the controller scopes it).
                        .pathMatchers(HttpMethod.GET, "/api/tableros/**")
                        .hasAnyRole(Rol.UNIDAD_TRANSPARENCIA.name(), Rol.GARANTE.name(), Rol.COMISIONADO.name(),
                                Rol.AUDITOR.name(), Rol.ADMIN.name())
                        // Operation of the platform (dead letters of policies and projections).
                        .pathMatchers("/api/admin/**").hasRole(Rol.ADMIN.name())
                        .anyExchange().authenticated())
                .oauth2ResourceServer(recurso -> recurso
                        .bearerTokenConverter(new EncabezadoBearer())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(new ConversorDeRol())))
                        .authenticationEntryPoint(SIN_IDENTIFICACION)
                        .accessDeniedHandler(SIN_PERMISO))
                .exceptionHandling(errores -> errores
                        .authenticationEntryPoint(SIN_IDENTIFICACION)
                        .accessDeniedHandler(SIN_PERMISO))
                .build();
    }

    @Bean
    PasswordEncoder codificadorDeContrasenas() {
        // Deliberately slow; paid once per login, never per request.
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    @Conditional(SinEmisorExterno.class)
    SecretKey llaveDeFirma(@Value("${pnt.seguridad.secreto:}") String secreto,
                           @Value("${pnt.seguridad.llave}") Path archivo) {
        return LlaveDeFirma.cargar(secreto, archivo);
    }

    @Bean
    @Conditional(SinEmisorExterno.class)
    ReactiveJwtDecoder decodificadorPropio(SecretKey llave, java.time.Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(llave)
                .macAlgorithm(MacAlgorithm.HS256).build();
        return verificadosUnaVez(decoder, EMISOR, clock);
    }

    /**
     * The external issuer's tokens, checked on the platform's clock. Its configuration is discovered here, at start-up:
     * Spring's default decoder for an issuer discovers it on the first token, on a Netty event loop, through a
     * blocking HTTP client.
     */
    @Bean
    @Conditional(ConEmisorExterno.class)
    ReactiveJwtDecoder decodificadorDelEmisor(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String emisor, java.time.Clock clock) {
        NimbusReactiveJwtDecoder decoder = (NimbusReactiveJwtDecoder)
                org.springframework.security.oauth2.jwt.ReactiveJwtDecoders.fromIssuerLocation(emisor);
        return verificadosUnaVez(decoder, emisor, clock);
    }

    /**
     * Expiry checked against the platform's clock, like every other instant, and the issuer; both at every request,
     * the signature once per token ({@link TokensVerificados}).
     */
    private static ReactiveJwtDecoder verificadosUnaVez(NimbusReactiveJwtDecoder decoder, String emisor,
                                                        java.time.Clock clock) {
        var vigencia = new org.springframework.security.oauth2.jwt.JwtTimestampValidator();
        vigencia.setClock(clock);
        OAuth2TokenValidator<Jwt> validador = new org.springframework.security.oauth2.core
                .DelegatingOAuth2TokenValidator<>(vigencia, new org.springframework.security.oauth2.jwt
                .JwtIssuerValidator(emisor));
        decoder.setJwtValidator(validador);
        return new TokensVerificados(decoder, validador);
    }

    @Bean
    @Conditional(SinEmisorExterno.class)
    JwtEncoder codificadorPropio(SecretKey llave) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(llave));
    }

    /**
     * The role claim becomes the single authority ROLE_x. Only the roles of people are accepted: a token claiming
     * the platform's own system actor (or any role the platform does not know) is refused as invalid, whoever
     * signed it, so no request can act as the platform.
     */
    static final class ConversorDeRol implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            String rol = jwt.getClaimAsString(ClaimsDelActor.ROL);
            if (rol == null || java.util.Arrays.stream(Rol.values()).noneMatch(r -> r.name().equals(rol))) {
                throw new org.springframework.security.oauth2.server.resource.InvalidBearerTokenException(
                        "El token declara un rol que ninguna persona usuaria puede tener.");
            }
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + rol)),
                    jwt.getSubject());
        }
    }

    static final class ConEmisorExterno implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new SinEmisorExterno().matches(context, metadata);
        }
    }

    static final class SinEmisorExterno implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String emisor = context.getEnvironment().getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
            return emisor == null || emisor.isBlank();
        }
    }

}
