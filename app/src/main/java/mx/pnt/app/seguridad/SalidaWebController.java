package mx.pnt.app.seguridad;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Logout of the web pages, whichever way the person logged in: the server-side session, and the token in it, are
 * discarded. A session at an external issuer stays the issuer's to end.
 */
@Controller
public class SalidaWebController {

    @PostMapping("/salir")
    public Mono<Rendering> salir(ServerWebExchange exchange) {
        return exchange.getSession().flatMap(s -> s.invalidate()).thenReturn(Rendering.redirectTo("/").build());
    }
}
