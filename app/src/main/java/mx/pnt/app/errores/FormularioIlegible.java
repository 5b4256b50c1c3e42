package mx.pnt.app.errores;

import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;


/**
 * A page's form whose body cannot be read (more parts than the platform takes, a part larger than a document may
 * be): the pages' CSRF check reads the body before any controller, so the failure surfaces here, not in the page's
 * own handlers. The person reads why, in Spanish, and that nothing was recorded; before, Spring's error page said
 * "Internal Server Error". The API reads its bodies in its controllers, where ManejadorDeProblemas answers.
 */
@Component
@Order(-2)
public class FormularioIlegible implements WebExceptionHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        boolean pagina = !exchange.getRequest().getPath().value().startsWith("/api/");
        if (!pagina || Causas.de(error).noneMatch(DecodingException.class::isInstance)
                || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return PaginaDeRechazo.escribir(exchange, HttpStatus.CONTENT_TOO_LARGE, "Formulario demasiado grande",
                "El formulario trae más documentos o campos de los que la Plataforma recibe en un envío, o un "
                        + "documento mayor al tamaño máximo. No se registró nada. Regrese, adjunte menos documentos o "
                        + "más pequeños, y envíelo de nuevo.");
    }
}
