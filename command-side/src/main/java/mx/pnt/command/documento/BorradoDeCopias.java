package mx.pnt.command.documento;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deletes the local copy made to serve a document kept in S3 once its response has been sent, or abandoned by the
 * client: the handler's work ends before the body is written, the exchange's only after.
 */
@Component
public class BorradoDeCopias implements WebFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BorradoDeCopias.class);
    private static final String ATRIBUTO = BorradoDeCopias.class.getName() + ".copia";

    /** Marks {@code copia} to be deleted when {@code exchange} ends. */
    static void borrarAlTerminar(ServerWebExchange exchange, Path copia) {
        exchange.getAttributes().put(ATRIBUTO, copia);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).doFinally(senal -> {
            Path copia = exchange.getAttribute(ATRIBUTO);
            if (copia != null) {
                // A file operation: off the event loop, like every other of the store.
                Schedulers.boundedElastic().schedule(() -> borrar(copia));
            }
        });
    }

    private static void borrar(Path copia) {
        try {
            Files.deleteIfExists(copia);
        } catch (IOException e) {
            LOG.warn("No fue posible borrar la copia temporal {}: {}", copia, e.getMessage());
        }
    }
}
