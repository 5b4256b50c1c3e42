package mx.pnt.query.web.recursos;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.Formulario;
import mx.pnt.query.web.RespuestaDeLaApi;
import mx.pnt.query.web.Rutas;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SIGEMI in the browser: the solicitante files a recurso de revisión against the answer (or its absence), and the
 * garante's staff and ponencias follow the board of recursos by etapa. The API decides, as for any client, whether
 * the recurso is in time (fifteen días hábiles, art. 144) and whose board is whose.
 */
@Controller
public class RecursosWebController {

    /** Which field of the form each of the API's refusal codes concerns. */
    private static final Map<String, String> CAMPOS = Map.of(
            "razones-requeridas", "razones", "texto-extenso", "razones", "texto-requerido", "razones",
            "solicitud-desconocida", "folioDeSolicitud", "folio-requerido", "folioDeSolicitud");

    private final ClienteDeLaApi api;

    public RecursosWebController(ClienteDeLaApi api) {
        this.api = api;
    }

    @GetMapping("/recursos/nuevo")
    public Rendering formulario(@RequestParam(required = false) String folio) {
        return vista(folio == null ? Map.of() : Map.of("folioDeSolicitud", folio), null, HttpStatus.OK);
    }

    @PostMapping("/recursos")
    public Mono<Rendering> interponer(ServerWebExchange exchange) {
        return exchange.getFormData().map(Formulario::new).flatMap(f -> api.enviar(exchange, "/api/recursos",
                        f.cuerpo("folioDeSolicitud", "razones"))
                // The acuse is the command side's answer: folio, número descriptivo, reception and deadlines.
                .map(r -> r.exitosa()
                        ? Rendering.view("recursos/acuse").status(HttpStatus.CREATED).modelAttribute("a", r.objeto())
                        .build()
                        : vista(f.valores(), r.problema(), r.estado())));
    }

    private static Rendering vista(Map<String, String> valores, RespuestaDeLaApi.Problema problema,
                                   HttpStatusCode status) {
        return Formulario.pagina("recursos/nuevo", status, valores, problema, CAMPOS).build();
    }

    /** The board of open recursos, most urgent first: the garante's, or a comisionado's ponencia; live. */
    @GetMapping("/recursos")
    public Mono<Rendering> bandeja(@RequestParam(required = false) String etapa,
                                   @RequestParam(defaultValue = "0") int pagina, ServerWebExchange exchange) {
        return bandeja(etapa, pagina, exchange, "recursos/bandeja");
    }

    /** The table alone, for htmx to swap in when a recurso of the board changes. */
    @GetMapping("/recursos/tabla")
    public Mono<Rendering> tabla(@RequestParam(required = false) String etapa,
                                 @RequestParam(defaultValue = "0") int pagina, ServerWebExchange exchange) {
        return bandeja(etapa, pagina, exchange, "recursos/bandeja :: tabla");
    }

    @GetMapping(value = "/recursos/flujo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public Flux<ServerSentEvent<String>> flujo(@RequestParam(required = false) String etapa,
                                               @RequestParam(defaultValue = "0") int pagina,
                                               ServerWebExchange exchange) {
        return api.avisos(exchange, Rutas.con("/api/bandejas/recursos", filtros(etapa, pagina)), "recursos");
    }

    private Mono<Rendering> bandeja(String etapa, int pagina, ServerWebExchange exchange, String vista) {
        Map<String, String> filtros = filtros(etapa, pagina);
        return api.leer(exchange, Rutas.con("/api/bandejas/recursos", filtros))
                .map(r -> r.enLaVista(vista, "b").modelAttribute("filtros", filtros)
                        .modelAttribute("consulta", Rutas.con("", filtros)).build());
    }

    private static Map<String, String> filtros(String etapa, int pagina) {
        Map<String, String> filtros = new LinkedHashMap<>();
        filtros.put("etapa", etapa);
        filtros.put("pagina", Integer.toString(Math.max(0, pagina)));
        return filtros;
    }
}
