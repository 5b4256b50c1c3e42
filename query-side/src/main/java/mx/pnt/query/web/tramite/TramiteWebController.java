package mx.pnt.query.web.tramite;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.ConsejoDeLasPaginas;
import mx.pnt.query.web.Formulario;
import mx.pnt.query.web.RespuestaDeLaApi;
import mx.pnt.query.web.Rutas;
import mx.pnt.query.web.SesionWeb;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trámite of a solicitud or a recurso from the browser: its expediente as it stands, and a form for each
 * actuación the person's role performs (CatalogoDeActuaciones), with its rule and constraints shown before it is
 * sent. Each form posts to the same API route an API client uses.
 */
@Controller
public class TramiteWebController {

    private final ClienteDeLaApi api;

    public TramiteWebController(ClienteDeLaApi api) {
        this.api = api;
    }

    @GetMapping("/tramite/{clase}/{folio}")
    public Mono<Rendering> tramite(@PathVariable String clase, @PathVariable String folio,
                                   ServerWebExchange exchange) {
        return vista(exchange, clase, folio, null, Map.of(), null, null, HttpStatus.OK);
    }

    @PostMapping("/tramite/{clase}/{folio}/{ruta}")
    public Mono<Rendering> actuar(@PathVariable String clase, @PathVariable String folio, @PathVariable String ruta,
                                  ServerWebExchange exchange) {
        return CatalogoDeActuaciones.buscar(clase, ruta)
                .map(actuacion -> exchange.getFormData().map(Formulario::new).flatMap(f -> api.enviar(exchange,
                                Rutas.de("/api/{clase}/{folio}/{ruta}", clase, folio, ruta), cuerpo(actuacion, f))
                        .flatMap(r -> r.exitosa()
                                ? vista(exchange, clase, folio, ruta, Map.of(), null,
                                actuacion.titulo() + ": registrado.", HttpStatus.OK)
                                : vista(exchange, clase, folio, ruta, f.valores(), r.problema(), null,
                                r.estado()))))
                .orElseGet(() -> Mono.just(ConsejoDeLasPaginas.pagina(HttpStatus.NOT_FOUND, "Actuación desconocida",
                        "No hay un formulario para esa actuación.")));
    }

    /** The form's fields as the API's JSON body: lists one value per line, checkboxes as booleans. */
    static Map<String, Object> cuerpo(Actuacion actuacion, Formulario f) {
        Map<String, Object> cuerpo = new LinkedHashMap<>();
        for (Campo campo : actuacion.campos()) {
            String valor = f.valor(campo.nombre());
            switch (campo.tipo()) {
                case "CASILLA" -> cuerpo.put(campo.nombre(), valor != null);
                case "LISTA" -> {
                    if (valor != null) {
                        cuerpo.put(campo.nombre(), Arrays.stream(valor.split("\\R")).map(String::strip)
                                .filter(v -> !v.isEmpty()).toList());
                    }
                }
                default -> {
                    if (valor != null) {
                        cuerpo.put(campo.nombre(), valor);
                    }
                }
            }
        }
        return cuerpo;
    }

    private Mono<Rendering> vista(ServerWebExchange exchange, String clase, String folio, String activa,
                                  Map<String, String> valores, RespuestaDeLaApi.Problema problema, String aviso,
                                  HttpStatusCode status) {
        Mono<String> rol = exchange.getSession().map(s -> SesionWeb.rol(s).orElse(""));
        return rol.zipWith(api.leer(exchange, Rutas.de("/api/expedientes/{folio}", folio))).map(t -> {
            List<Actuacion> actuaciones = CatalogoDeActuaciones.de(clase, t.getT1());
            Actuacion enCurso = activa == null ? null
                    : actuaciones.stream().filter(a -> a.ruta().equals(activa)).findFirst().orElse(null);
            RespuestaDeLaApi expediente = t.getT2();
            Rendering.Builder<?> pagina = Rendering.view("tramite/tramite").status(status)
                    .modelAttribute("clase", clase)
                    .modelAttribute("folio", folio)
                    .modelAttribute("actuaciones", actuaciones)
                    .modelAttribute("activa", activa)
                    .modelAttribute("valores", valores)
                    .modelAttribute("problema", problema)
                    .modelAttribute("campo", problema == null || enCurso == null ? null
                            : enCurso.campoDe(problema.codigo()))
                    .modelAttribute("aviso", aviso);
            if (expediente.exitosa()) {
                pagina.modelAttribute("x", expediente.objeto());
            } else if (problema == null) {
                pagina.status(expediente.estado())
                        .modelAttribute("problemaDelExpediente", expediente.problema());
            }
            return pagina.build();
        });
    }
}
