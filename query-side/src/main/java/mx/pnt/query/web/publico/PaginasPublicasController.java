package mx.pnt.query.web.publico;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.RespuestaDeLaApi;
import mx.pnt.query.web.Rutas;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What anyone reads without an account: the folio tracker, the explanation of a deadline and the open statistics.
 * Each page shows what the public API answers, which already leaves out personal data.
 */
@Controller
public class PaginasPublicasController {

    private final ClienteDeLaApi api;

    public PaginasPublicasController(ClienteDeLaApi api) {
        this.api = api;
    }

    @GetMapping("/")
    public Rendering inicio() {
        return Rendering.view("publico/inicio").build();
    }

    @GetMapping("/seguimiento")
    public Mono<Rendering> seguimiento(@RequestParam(required = false) String folio, ServerWebExchange exchange) {
        if (folio == null || folio.isBlank()) {
            return Mono.just(Rendering.view("publico/inicio").status(HttpStatus.BAD_REQUEST)
                    .modelAttribute("faltaFolio", true).build());
        }
        String limpio = folio.strip();
        return api.leer(exchange, Rutas.de("/api/seguimiento/{folio}", limpio))
                .map(r -> delFolio(r, limpio, "publico/seguimiento", "s"));
    }

    /** Each running plazo of a folio, day by day, in words: which days count, which do not and why. */
    @GetMapping("/plazos/{folio}")
    public Mono<Rendering> computo(@PathVariable String folio, ServerWebExchange exchange) {
        return api.leer(exchange, Rutas.de("/api/plazos/{folio}", folio))
                .map(r -> delFolio(r, folio, "publico/computo", "p"));
    }

    @GetMapping("/estadisticas")
    public Mono<Rendering> estadisticas(@RequestParam(required = false) String garante,
                                        @RequestParam(required = false) String sujetoObligado,
                                        @RequestParam(required = false) String tipo,
                                        @RequestParam(required = false) String periodo,
                                        @RequestParam(required = false) String desde,
                                        @RequestParam(required = false) String hasta,
                                        ServerWebExchange exchange) {
        Map<String, String> filtros = new LinkedHashMap<>();
        filtros.put("garante", garante);
        filtros.put("sujetoObligado", sujetoObligado);
        filtros.put("tipo", tipo);
        filtros.put("periodo", periodo);
        filtros.put("desde", desde);
        filtros.put("hasta", hasta);
        String consulta = Rutas.con("/api/estadisticas", filtros);
        return api.leer(exchange, consulta).map(r -> {
            Rendering.Builder<?> pagina = Rendering.view("publico/estadisticas")
                    .modelAttribute("filtros", filtros)
                    .modelAttribute("json", consulta)
                    .modelAttribute("csvSolicitudes", consulta.replaceFirst("^/api/estadisticas", "/api/estadisticas.csv"));
            if (!r.exitosa()) {
                return pagina.status(r.estado()).modelAttribute("problema", r.problema()).build();
            }
            Map<String, Object> e = r.objeto();
            return pagina.modelAttribute("e", e).modelAttribute("grafica", GraficaDeSolicitudes.de(filas(e)))
                    .build();
        });
    }

    /** The folio's page, or the tracker again with the API's refusal (an unknown folio: 404) next to the field. */
    private static Rendering delFolio(RespuestaDeLaApi r, String folio, String vista, String nombre) {
        return r.exitosa()
                ? Rendering.view(vista).modelAttribute(nombre, r.objeto()).build()
                : Rendering.view("publico/inicio").status(r.estado())
                .modelAttribute("folio", folio).modelAttribute("problema", r.problema()).build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> filas(Map<String, Object> estadisticas) {
        Object filas = estadisticas.get("filas");
        return filas instanceof List<?> lista ? (List<Map<String, Object>>) lista : List.of();
    }
}
