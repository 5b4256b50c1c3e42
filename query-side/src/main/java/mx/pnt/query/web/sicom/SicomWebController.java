package mx.pnt.query.web.sicom;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.Rutas;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SICOM bandejas of a Unidad de Transparencia or a garante: comunicados and actuaciones sent and received, the
 * unread ones marked, and the explicit confirmation of reading (Centésimo trigésimo primero), which only the
 * destinatario's account may make, once; the API decides both.
 */
@Controller
public class SicomWebController {

    static final List<String> BANDEJAS = List.of("recepcion-de-comunicados", "recepcion-de-actuaciones",
            "envio-de-comunicados", "envio-de-actuaciones");

    private final ClienteDeLaApi api;

    public SicomWebController(ClienteDeLaApi api) {
        this.api = api;
    }

    @GetMapping("/sicom")
    public Rendering inicio() {
        return Rendering.redirectTo("/sicom/" + BANDEJAS.get(0)).build();
    }

    @GetMapping("/sicom/{bandeja}")
    public Mono<Rendering> bandeja(@PathVariable String bandeja, @RequestParam(required = false) String noLeidos,
                                   @RequestParam(defaultValue = "0") int pagina, ServerWebExchange exchange) {
        return vista(exchange, bandeja, noLeidos, pagina, null, null);
    }

    @PostMapping("/sicom/{bandeja}/{folio}/lectura")
    public Mono<Rendering> confirmarLectura(@PathVariable String bandeja, @PathVariable String folio,
                                           ServerWebExchange exchange) {
        return api.enviar(exchange, Rutas.de("/api/sicom/comunicados/{folio}/lectura", folio), Map.of())
                .flatMap(r -> r.exitosa()
                        ? vista(exchange, bandeja, null, 0, "Lectura confirmada del folio " + folio + ": "
                        + r.objeto().getOrDefault("leyenda", "") , null)
                        : vista(exchange, bandeja, null, 0, null, r.problema()));
    }

    private Mono<Rendering> vista(ServerWebExchange exchange, String bandeja, String noLeidos, int pagina,
                                  String aviso, mx.pnt.query.web.RespuestaDeLaApi.Problema problemaDeLectura) {
        Map<String, String> filtros = new LinkedHashMap<>();
        filtros.put("noLeidos", noLeidos);
        filtros.put("pagina", Integer.toString(Math.max(0, pagina)));
        return api.leer(exchange, Rutas.con(Rutas.de("/api/sicom/bandejas/{bandeja}", bandeja), filtros)).map(r -> {
            Rendering.Builder<?> vista = Rendering.view("sicom/bandeja")
                    .modelAttribute("bandeja", bandeja)
                    .modelAttribute("bandejas", BANDEJAS)
                    .modelAttribute("recepcion", bandeja.startsWith("recepcion"))
                    .modelAttribute("aviso", aviso)
                    .modelAttribute("problema", problemaDeLectura != null ? problemaDeLectura : r.problema());
            if (r.exitosa()) {
                vista.modelAttribute("b", r.objeto());
            } else {
                vista.status(r.estado());
            }
            return vista.build();
        });
    }
}
