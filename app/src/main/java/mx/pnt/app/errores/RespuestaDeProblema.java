package mx.pnt.app.errores;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * Writes an RFC 9457 problem from a web filter (security), where no controller advice runs. Kept tiny and
 * independent of any JSON library: the texts are fixed and escaped here.
 */
public final class RespuestaDeProblema {

    private RespuestaDeProblema() {
    }

    public static Mono<Void> escribir(ServerWebExchange exchange, HttpStatus status, String titulo, String detalle) {
        return escribir(exchange, status, null, titulo, detalle);
    }

    /** The same, with the machine-readable {@code codigo} the controllers' problems carry (null: none). */
    public static Mono<Void> escribir(ServerWebExchange exchange, HttpStatus status, String codigo, String titulo,
                                      String detalle) {
        var respuesta = exchange.getResponse();
        if (respuesta.isCommitted()) {
            return Mono.empty();
        }
        respuesta.setStatusCode(status);
        respuesta.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String cuerpo = "{\"type\":\"about:blank\",\"title\":\"" + json(titulo) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + json(detalle) + "\",\"instance\":\""
                + json(exchange.getRequest().getPath().value()) + "\""
                + (codigo == null ? "" : ",\"codigo\":\"" + json(codigo) + "\"") + "}";
        var buffer = respuesta.bufferFactory().wrap(cuerpo.getBytes(StandardCharsets.UTF_8));
        return respuesta.writeWith(Mono.just(buffer));
    }

    /** The text as the inside of a JSON string: quotes, backslashes and control characters escaped. */
    public static String json(String texto) {
        StringBuilder sb = new StringBuilder(texto.length() + 8);
        for (char c : texto.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
