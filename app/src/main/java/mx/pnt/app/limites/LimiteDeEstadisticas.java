package mx.pnt.app.limites;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import mx.pnt.app.errores.RespuestaDeProblema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A limit on the public statistics per client. They are open data, asked without an account, and each answer
 * aggregates a whole garante's cohorts over years; a client asking without pause would take the read side's
 * connections from everyone else. Each client (its user when it sent a token, else its address) has a bucket of
 * {@code capacidad} consultas refilled at {@code por-minuto}; beyond it the answer is 429 with {@code Retry-After},
 * a Spanish problem, and nothing is queried. Every answer says how many consultas are left
 * ({@code RateLimit-Remaining}). Time is the injected clock's, so a test and a replay see the same limits.
 */
@Component
public class LimiteDeEstadisticas implements WebFilter {

    static final Set<String> RUTAS = Set.of("/api/estadisticas", "/api/estadisticas.csv");
    static final String RESTANTES = "RateLimit-Remaining";
    /** Idle clients are forgotten after this; a forgotten client starts again with a full bucket. */
    private static final Duration OLVIDO = Duration.ofMinutes(10);
    private static final long CLIENTES_MAXIMOS = 100_000;

    private final long capacidad;
    private final long porMinuto;
    private final TimeMeter tiempo;
    private final Cache<String, Bucket> baldes;

    public LimiteDeEstadisticas(Clock reloj,
                                @Value("${pnt.estadisticas.limite.capacidad:60}") long capacidad,
                                @Value("${pnt.estadisticas.limite.por-minuto:60}") long porMinuto) {
        if (capacidad < 1 || porMinuto < 1) {
            throw new IllegalArgumentException("pnt.estadisticas.limite.capacidad y .por-minuto deben ser al menos 1.");
        }
        this.capacidad = capacidad;
        this.porMinuto = porMinuto;
        this.tiempo = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant ahora = reloj.instant();
                return TimeUnit.SECONDS.toNanos(ahora.getEpochSecond()) + ahora.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.baldes = Caffeine.newBuilder()
                .maximumSize(CLIENTES_MAXIMOS)
                .expireAfterAccess(OLVIDO)
                .ticker(tiempo::currentTimeNanos)
                // Housekeeping on the caller's thread: no pool of its own, nothing that blocks.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain cadena) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET
                || !RUTAS.contains(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return cadena.filter(exchange);
        }
        // An anonymous authentication, if one is ever configured, names no one: its clients go by address.
        return exchange.getPrincipal().filter(p -> !(p instanceof AnonymousAuthenticationToken))
                .map(Principal::getName).map(usuario -> "usuario:" + usuario)
                .defaultIfEmpty("direccion:" + direccion(exchange))
                .flatMap(cliente -> {
                    ConsumptionProbe consumo = baldes.get(cliente, c -> nuevoBalde())
                            .tryConsumeAndReturnRemaining(1);
                    exchange.getResponse().getHeaders().set(RESTANTES, Long.toString(consumo.getRemainingTokens()));
                    if (consumo.isConsumed()) {
                        return cadena.filter(exchange);
                    }
                    long segundos = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(consumo.getNanosToWaitForRefill()
                            + TimeUnit.SECONDS.toNanos(1) - 1));
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(segundos));
                    return RespuestaDeProblema.escribir(exchange, HttpStatus.TOO_MANY_REQUESTS,
                            "demasiadas-consultas", "Demasiadas consultas", "Las estadísticas admiten " + capacidad
                                    + " consultas seguidas y " + porMinuto + " por minuto de cada cliente. Vuelva "
                                    + "a consultarlas en " + segundos + (segundos == 1 ? " segundo." : " segundos."));
                });
    }

    private Bucket nuevoBalde() {
        return Bucket.builder()
                .addLimit(limite -> limite.capacity(capacidad).refillGreedy(porMinuto, Duration.ofMinutes(1)))
                .withCustomTimePrecision(tiempo)
                .build();
    }

    /** The client's address as the server sees it (behind a proxy, as its forwarded headers say, when enabled). */
    private static String direccion(ServerWebExchange exchange) {
        InetSocketAddress remota = exchange.getRequest().getRemoteAddress();
        if (remota == null) {
            return "desconocida";
        }
        return remota.getAddress() != null ? remota.getAddress().getHostAddress() : remota.getHostString();
    }
}
