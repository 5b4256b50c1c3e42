package mx.pnt.app.seguridad;

import mx.pnt.query.web.SesionWeb;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Login and logout of the web pages with the platform's own accounts: the same check as {@code POST /api/sesiones}
 * (it is that controller's), and the token it issues is kept in the server-side session, under a new session id so
 * that a session fixed before login is worth nothing after it.
 */
@Controller
@Conditional(SeguridadConfiguration.SinEmisorExterno.class)
public class IngresoWebController {

    private final SesionController sesiones;

    public IngresoWebController(SesionController sesiones) {
        this.sesiones = sesiones;
    }

    @GetMapping("/ingresar")
    public Rendering formulario() {
        return Rendering.view("ingresar").build();
    }

    @PostMapping("/ingresar")
    public Mono<Rendering> ingresar(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(campos -> sesiones
                .iniciar(new SesionController.Credenciales(campo(campos, "usuario"), campo(campos, "contrasena")))
                .flatMap(sesion -> exchange.getSession().flatMap(s -> s.changeSessionId().then(Mono.fromRunnable(() -> {
                    s.getAttributes().put(SesionWeb.TOKEN, sesion.token());
                    s.getAttributes().put(SesionWeb.ROL, sesion.rol());
                    s.getAttributes().put(SesionWeb.USUARIO, campo(campos, "usuario"));
                }))).thenReturn(Rendering.redirectTo("/inicio").build()))
                .onErrorResume(ErrorResponseException.class, e -> Mono.just(Rendering.view("ingresar")
                        .status(e.getStatusCode())
                        
                        .modelAttribute("usuarioEscrito", campo(campos, "usuario"))
                        .modelAttribute("error", e.getBody().getDetail()).build())));
    }

    private static String campo(MultiValueMap<String, String> campos, String nombre) {
        String valor = campos.getFirst(nombre);
        return valor == null || valor.isBlank() ? null : valor.strip();
    }
}
