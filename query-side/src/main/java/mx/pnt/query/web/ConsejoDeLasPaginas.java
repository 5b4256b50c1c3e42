package mx.pnt.query.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * What every page needs (the formats of Mexico, who is signed in) and what a page shows when something fails: a
 * Spanish page with the status, never a stack trace or the API's JSON. Ordered before the API's problem handler,
 * which answers problem+json to API clients.
 */
@ControllerAdvice(basePackages = "mx.pnt.query.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsejoDeLasPaginas {

    private static final Logger LOG = LoggerFactory.getLogger(ConsejoDeLasPaginas.class);
    // Each returns a value (resolved when the page renders), never Mono<Void>: WebFlux combines the model's
    // methods with Mono.zip, so one that completed empty would drop the attributes of the others.
    @ModelAttribute("rol")
    Mono<String> rol(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(s -> Mono.justOrEmpty(SesionWeb.rol(s)));
    }

    @ModelAttribute("usuario")
    Mono<String> usuario(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(s -> Mono.justOrEmpty(SesionWeb.usuario(s)));
    }

    @ExceptionHandler(ServerWebInputException.class)
    Rendering entradaMalFormada(ServerWebInputException e) {
        return pagina(HttpStatus.BAD_REQUEST, "Datos no válidos",
                "Algún dato de la dirección o del formulario no tiene la forma esperada. Revise lo escrito e intente de nuevo.");
    }

    @ExceptionHandler(Exception.class)
    Rendering imprevisto(Exception e) {
        LOG.error("Error no previsto al mostrar una página", e);
        return pagina(HttpStatus.INTERNAL_SERVER_ERROR, "No se pudo mostrar la página",
                "La Plataforma no pudo completar la operación; no se registró ninguna actuación. Intente de nuevo.");
    }

    /** The Spanish error page with a status, title and detail. */
    public static Rendering pagina(HttpStatusCode status, String titulo, String detalle) {
        return Rendering.view("error-de-pagina").status(status)
                .modelAttribute("status", status.value())
                .modelAttribute("titulo", titulo)
                .modelAttribute("detalle", detalle)
                .build();
    }
}
