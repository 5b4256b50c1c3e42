package mx.pnt.query.web.calendario;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.Formulario;
import mx.pnt.query.web.RespuestaDeLaApi;
import mx.pnt.query.web.Rutas;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A garante's calendar: its días inhábiles and suspensions as known today, and the forms to declare a día inhábil,
 * decree a suspension and lift one, each with a preview of the deadlines it would move before it is recorded. The
 * calendar aggregate decides whether the garante may; the plazos it moves are recomputed by the platform and every
 * open board shows the new deadline.
 */
@Controller
public class CalendarioWebController {

    /** The name of the button that asks for a preview instead of recording the change. */
    static final String VISTA_PREVIA = "vistaPrevia";

    private final ClienteDeLaApi api;
    private final Clock clock;

    public CalendarioWebController(ClienteDeLaApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @GetMapping("/calendario")
    public Mono<Rendering> calendarios(ServerWebExchange exchange) {
        return api.leer(exchange, "/api/calendarios")
                .map(r -> r.enLaVista("calendario/calendarios", "calendarios").build());
    }

    @GetMapping("/calendario/{calendarioId}")
    public Mono<Rendering> calendario(@PathVariable String calendarioId, @RequestParam(required = false) String fecha,
                                      ServerWebExchange exchange) {
        return vista(exchange, calendarioId, fecha, Map.of(), null, HttpStatus.OK, null, null);
    }

    @PostMapping("/calendario/{calendarioId}/dias-inhabiles")
    public Mono<Rendering> declarar(@PathVariable String calendarioId, ServerWebExchange exchange) {
        return exchange.getFormData().map(Formulario::new).flatMap(f -> cambiar(exchange, calendarioId, f,
                Rutas.de("/api/calendarios/{id}/dias-inhabiles", calendarioId),
                f.cuerpo("fecha", "motivo", "acuerdo", "fechaPublicacion"),
                "Día inhábil declarado: " + f.valor("fecha") + ". Los plazos que lo cruzan se recalculan."));
    }

    /** A suspension of plazos, dated or "hasta nuevo aviso". */
    @PostMapping("/calendario/{calendarioId}/suspensiones")
    public Mono<Rendering> suspender(@PathVariable String calendarioId, ServerWebExchange exchange) {
        return exchange.getFormData().map(Formulario::new).flatMap(f -> {
            Map<String, Object> cuerpo = new java.util.LinkedHashMap<>(
                    f.cuerpo("desde", "hasta", "motivo", "acuerdo", "fechaPublicacion"));
            if ("true".equals(f.valor("hastaNuevoAviso"))) {
                cuerpo.put("hastaNuevoAviso", true);
                cuerpo.remove("hasta");
            }
            return cambiar(exchange, calendarioId, f, Rutas.de("/api/calendarios/{id}/suspensiones", calendarioId),
                    cuerpo, "Suspensión decretada desde el " + f.valor("desde")
                            + ". Los plazos que la cruzan se recalculan.");
        });
    }

    /** Lifting a suspension "a partir de" a date: the days before it stay suspended. */
    @PostMapping("/calendario/{calendarioId}/suspensiones/{suspensionId}/levantamiento")
    public Mono<Rendering> levantar(@PathVariable String calendarioId, @PathVariable String suspensionId,
                                    ServerWebExchange exchange) {
        return exchange.getFormData().map(Formulario::new).flatMap(f -> cambiar(exchange, calendarioId, f,
                Rutas.de("/api/calendarios/{id}/suspensiones/{s}/levantamiento", calendarioId, suspensionId),
                f.cuerpo("aPartirDe", "acuerdo", "fechaPublicacion"),
                "Suspensión levantada a partir del " + f.valor("aPartirDe") + "."));
    }

    /**
     * Records the change, or, when the form was sent with its "vista previa" button, asks the API what it would
     * move and shows that beside the form, still filled in, with nothing recorded.
     */
    private Mono<Rendering> cambiar(ServerWebExchange exchange, String calendarioId, Formulario f, String ruta,
                                    Map<String, Object> cuerpo, String avisoExitoso) {
        boolean previa = "true".equals(f.valor(VISTA_PREVIA));
        return api.enviar(exchange, previa ? ruta + "/vista-previa" : ruta, cuerpo).flatMap(r -> {
            if (!r.exitosa()) {
                return vista(exchange, calendarioId, null, f.valores(), r.problema(), r.estado(), null, null);
            }
            return previa ? vista(exchange, calendarioId, null, f.valores(), null, HttpStatus.OK, null, r.objeto())
                    : vista(exchange, calendarioId, null, Map.of(), null, HttpStatus.OK, avisoExitoso, null);
        });
    }

    private Mono<Rendering> vista(ServerWebExchange exchange, String calendarioId, String fecha,
                                  Map<String, String> valores, RespuestaDeLaApi.Problema problema, HttpStatusCode status,
                                  String aviso, Map<String, Object> vistaPrevia) {
        return fechaOHoy(exchange, calendarioId, fecha)
                .flatMap(dia -> api.leer(exchange, Rutas.con(Rutas.de("/api/calendarios/{id}", calendarioId),
                        Map.of("fecha", dia))))
                .map(r -> {
            Rendering.Builder<?> pagina = Rendering.view("calendario/calendario").status(status)
                    .modelAttribute("calendarioId", calendarioId)
                    .modelAttribute("valores", valores)
                    .modelAttribute("problema", problema != null ? problema : r.problema())
                    .modelAttribute("aviso", aviso)
                    .modelAttribute("previa", vistaPrevia);
            if (r.exitosa()) {
                Map<String, Object> c = r.objeto();
                pagina.modelAttribute("c", c).modelAttribute("proximos", proximos(c));
            } else if (problema == null) {
                pagina.status(r.estado());
            }
            return pagina.build();
        });
    }

    /**
     * The date asked, or today in the calendar's own zone on the platform's clock (not the browser's): a calendar
     * of Tijuana turns to the next day two hours after Mexico City's.
     */
    private Mono<String> fechaOHoy(ServerWebExchange exchange, String calendarioId, String fecha) {
        if (fecha != null && !fecha.isBlank()) {
            return Mono.just(fecha.strip());
        }
        return api.leer(exchange, "/api/calendarios").map(r -> r.lista().stream()
                .filter(c -> calendarioId.equals(c.get("calendarioId")))
                .map(c -> ZoneId.of(String.valueOf(c.get("zona"))))
                .findFirst().orElse(clock.getZone()))
                .map(zona -> LocalDate.now(clock.withZone(zona)).toString());
    }

    /** The días inhábiles from the calendar's date on, nearest first; the past ones stay in the API's answer. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> proximos(Map<String, Object> calendario) {
        String hoy = String.valueOf(calendario.get("fecha"));
        Object dias = calendario.get("diasInhabiles");
        if (!(dias instanceof List<?> lista)) {
            return List.of();
        }
        return ((List<Map<String, Object>>) lista).stream()
                .filter(d -> String.valueOf(d.get("fecha")).compareTo(hoy) >= 0)
                .sorted(Comparator.comparing(d -> String.valueOf(d.get("fecha"))))
                .toList();
    }
}
