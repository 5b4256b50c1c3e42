package mx.pnt.app.operacion;

import mx.pnt.app.errores.RespuestaDeProblema;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Stopping (SIGTERM) in order: from the moment the platform is asked to stop, a new request is answered 503 with a
 * Spanish problem and nothing is recorded, while the requests already inside finish, commands included, during the
 * web server's graceful wait. Only then do Axon's command handlers and processors stop (a lower lifecycle phase).
 * Without this, a request that reached the server during that wait met a command bus without handlers: a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DetencionOrdenada implements WebFilter, SmartLifecycle {

    /** Seconds a client should wait before trying again (another instance, or this one restarted). */
    static final String REINTENTO = "10";

    private volatile boolean iniciada;
    private volatile boolean deteniendose;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain cadena) {
        if (!deteniendose) {
            return cadena.filter(exchange);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, REINTENTO);
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return RespuestaDeProblema.escribir(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Plataforma deteniéndose",
                "La Plataforma se está deteniendo y no admite nuevas operaciones; no se registró nada. Intente de "
                        + "nuevo en unos segundos.");
    }

    @Override
    public void start() {
        deteniendose = false;
        iniciada = true;
    }

    /** The first thing to stop: before the web server's graceful wait (and far before Axon). */
    @Override
    public void stop() {
        deteniendose = true;
        iniciada = false;
    }

    @Override
    public boolean isRunning() {
        return iniciada;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** Whether new requests are being refused. */
    public boolean deteniendose() {
        return deteniendose;
    }
}
