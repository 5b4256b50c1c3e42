package mx.pnt.app.seguridad;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Puts the session's CSRF token where Thymeleaf finds it, so every {@code th:action} form carries it as a hidden
 * field (Spring Security's processor adds it). WebFlux keeps the token as a lazy {@code Mono}; a page resolves it.
 */
@ControllerAdvice(basePackages = {"mx.pnt.query.web", "mx.pnt.app.seguridad"})
class ClaveDeLosFormularios {

    /**
     * A value, never Mono<Void>: WebFlux combines the model's methods with Mono.zip, and one that completed empty
     * would drop the others' attributes.
     */
    @ModelAttribute("claveDelFormulario")
    Mono<CsrfToken> clave(ServerWebExchange exchange) {
        Mono<CsrfToken> clave = exchange.getAttribute(CsrfToken.class.getName());
        if (clave == null) {
            return Mono.empty();
        }
        return clave.doOnNext(token -> exchange.getAttributes()
                .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, token));
    }
}
