package mx.pnt.app.seguridad;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Login: user and password for a short-lived bearer token. Only with the platform's own key; with an external
 * OpenID Connect issuer, users log in there.
 */
@RestController
@org.springframework.context.annotation.Conditional(SeguridadConfiguration.SinEmisorExterno.class)
public class SesionController {

    private final UsuarioRepository usuarios;
    private final PasswordEncoder contrasenas;
    private final JwtEncoder tokens;
    private final Clock clock;
    private final Duration duracion;
    /** Compared against when the user does not exist, so that timing does not reveal which accounts exist. */
    private final String hashSenuelo;

    public SesionController(UsuarioRepository usuarios, PasswordEncoder contrasenas, JwtEncoder tokens, Clock clock,
                            @Value("${pnt.seguridad.duracion-token}") Duration duracion) {
        this.usuarios = usuarios;
        this.contrasenas = contrasenas;
        this.tokens = tokens;
        this.clock = clock;
        this.duracion = duracion;
        this.hashSenuelo = contrasenas.encode("senuelo-sin-cuenta");
    }

    public record Credenciales(String usuario, String contrasena) {
    }

    public record Sesion(String token, String tipo, Instant expiraEn, String rol) {
    }

    @PostMapping("/api/sesiones")
    public Mono<Sesion> iniciar(@RequestBody Credenciales credenciales) {
        if (credenciales.usuario() == null || credenciales.contrasena() == null) {
            return Mono.error(problema(HttpStatus.BAD_REQUEST, "Indique usuario y contraseña."));
        }
        // JPA and BCrypt are blocking: off the event loop.
        return Mono.fromCallable(() -> autenticar(credenciales))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .map(this::emitir)
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.UNAUTHORIZED, "Usuario o contraseña incorrectos.")));
    }

    private Optional<Usuario> autenticar(Credenciales credenciales) {
        Optional<Usuario> usuario = usuarios.findById(credenciales.usuario()).filter(Usuario::activo);
        String hash = usuario.map(Usuario::hashContrasena).orElse(hashSenuelo);
        boolean coincide = contrasenas.matches(credenciales.contrasena(), hash);
        return coincide ? usuario : Optional.empty();
    }

    private Sesion emitir(Usuario usuario) {
        Instant ahora = clock.instant();
        Instant expira = ahora.plus(duracion);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(SeguridadConfiguration.EMISOR)
                .subject(usuario.usuario())
                .issuedAt(ahora)
                .expiresAt(expira)
                .claim(ClaimsDelActor.ROL, usuario.rol().name());
        if (usuario.garanteId() != null) {
            claims.claim(ClaimsDelActor.GARANTE, usuario.garanteId());
        }
        if (usuario.sujetoObligadoId() != null) {
            claims.claim(ClaimsDelActor.SUJETO_OBLIGADO, usuario.sujetoObligadoId());
        }
        String token = tokens.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        return new Sesion(token, "Bearer", expira, usuario.rol().name());
    }

    private static ErrorResponseException problema(HttpStatus status, String detalle) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(status, detalle);
        problema.setTitle(status == HttpStatus.UNAUTHORIZED ? "Credenciales no válidas" : "Solicitud mal formada");
        return new ErrorResponseException(status, problema, null);
    }
}
