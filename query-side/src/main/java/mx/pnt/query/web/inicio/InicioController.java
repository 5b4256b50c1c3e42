package mx.pnt.query.web.inicio;

import mx.pnt.query.web.SesionWeb;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The landing page after login: what this role does on the platform, one link per task. */
@Controller
public class InicioController {

    @GetMapping("/inicio")
    public Mono<Rendering> inicio(ServerWebExchange exchange) {
        return exchange.getSession().map(s -> Rendering.view("inicio")
                .modelAttribute("tareas", TareasDelRol.de(SesionWeb.rol(s).orElse(""))).build());
    }
}
