package mx.pnt.app.errores;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * A page's request refused before any page controller runs (in a security filter, or while its body is read): a
 * small Spanish page of its own, since the pages' templates and their advice are not reached from there.
 */
public final class PaginaDeRechazo {

    private PaginaDeRechazo() {
    }

    /** Writes the page: {@code titulo} as its title and heading, {@code parrafo} (trusted HTML) below it. */
    public static Mono<Void> escribir(ServerWebExchange exchange, HttpStatus estado, String titulo, String parrafo) {
        var respuesta = exchange.getResponse();
        respuesta.setStatusCode(estado);
        respuesta.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        byte[] cuerpo = ("<!DOCTYPE html><html lang=\"es-MX\"><head><meta charset=\"utf-8\"><title>" + titulo
                + "</title></head><body><main><h1>" + titulo + "</h1><p>" + parrafo + "</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        return respuesta.writeWith(Mono.just(respuesta.bufferFactory().wrap(cuerpo)));
    }
}
