package mx.pnt.query.web.tablero;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.Rutas;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tablero de semáforos in the browser, each role its own (the API scopes it). The page subscribes to the API's
 * live board through this server, since a browser's EventSource cannot carry the bearer token: each change of the
 * board becomes a "tablero" event on which htmx reloads the table, so the board changes without a reload within a
 * second of the event that changed it.
 */
@Controller
public class TableroWebController {

    private final ClienteDeLaApi api;

    public TableroWebController(ClienteDeLaApi api) {
        this.api = api;
    }

    @GetMapping("/tablero")
    public Mono<Rendering> tablero(@RequestParam Map<String, String> parametros, ServerWebExchange exchange) {
        return tabla(parametros, exchange, "tablero/tablero");
    }

    /** The table alone, for htmx to swap in when the board changes or a filter is applied. */
    @GetMapping("/tablero/tabla")
    public Mono<Rendering> soloLaTabla(@RequestParam Map<String, String> parametros, ServerWebExchange exchange) {
        return tabla(parametros, exchange, "tablero/tablero :: tabla");
    }

    @GetMapping(value = "/tablero/flujo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public Flux<ServerSentEvent<String>> flujo(@RequestParam Map<String, String> parametros,
                                               ServerWebExchange exchange) {
        return api.avisos(exchange, Rutas.con("/api/tableros/semaforos", filtros(parametros)), "tablero");
    }

    private Mono<Rendering> tabla(Map<String, String> parametros, ServerWebExchange exchange, String vista) {
        Map<String, String> filtros = filtros(parametros);
        return api.leer(exchange, Rutas.con("/api/tableros/semaforos", filtros))
                .map(r -> r.enLaVista(vista, "t")
                        .modelAttribute("filtros", filtros)
                        .modelAttribute("consulta", Rutas.con("", filtros))
                        .build());
    }

    /** The filters the API knows, as the person chose them; anything else in the address is ignored. */
    private static Map<String, String> filtros(Map<String, String> parametros) {
        Map<String, String> filtros = new LinkedHashMap<>();
        for (String nombre : new String[]{"fecha", "clase", "color", "paso", "sujetoObligado", "unidadAdministrativa",
                "ponente", "garante", "pagina", "tamano"}) {
            String valor = parametros.get(nombre);
            if (valor != null && !valor.isBlank()) {
                filtros.put(nombre, valor.strip());
            }
        }
        return filtros;
    }
}
