package mx.pnt.query.web.tramite;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.ConsejoDeLasPaginas;
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
    private final EnvioDeActuaciones envio;

    public TramiteWebController(ClienteDeLaApi api, EnvioDeActuaciones envio) {
        this.api = api;
        this.envio = envio;
    }

    @GetMapping("/tramite/{clase}/{folio}")
    public Mono<Rendering> tramite(@PathVariable String clase, @PathVariable String folio,
                                   ServerWebExchange exchange) {
        return vista(exchange, clase, folio, null, Map.of(), null, null, null, HttpStatus.OK);
    }

    @PostMapping("/tramite/{clase}/{folio}/{clave}")
    public Mono<Rendering> actuar(@PathVariable String clase, @PathVariable String folio, @PathVariable String clave,
                                  ServerWebExchange exchange) {
        return exchange.getSession().map(s -> SesionWeb.rol(s).orElse("")).flatMap(rol ->
                CatalogoDeActuaciones.buscar(clase, clave, rol)
                        .map(actuacion -> envio.enviar(exchange, actuacion, clase, folio).flatMap(e -> e.exitosa()
                                ? vista(exchange, clase, folio, clave, Map.of(), null, null,
                                actuacion.titulo() + ": registrado.", HttpStatus.OK)
                                : vista(exchange, clase, folio, clave, e.valores(), e.respuesta().problema(),
                                e.campo(), null, e.respuesta().estado())))
                        .orElseGet(() -> Mono.just(ConsejoDeLasPaginas.pagina(HttpStatus.NOT_FOUND,
                                "Actuación desconocida", "No hay un formulario para esa actuación."))));
    }

    private Mono<Rendering> vista(ServerWebExchange exchange, String clase, String folio, String activa,
                                  Map<String, String> valores, RespuestaDeLaApi.Problema problema, String campo,
                                  String aviso, HttpStatusCode status) {
        Mono<String> rol = exchange.getSession().map(s -> SesionWeb.rol(s).orElse(""));
        return rol.zipWith(api.leer(exchange, Rutas.de("/api/expedientes/{folio}", folio))).map(t -> {
            List<Actuacion> actuaciones = CatalogoDeActuaciones.de(clase, t.getT1());
            RespuestaDeLaApi expediente = t.getT2();
            Rendering.Builder<?> pagina = Rendering.view("tramite/tramite").status(status)
                    .modelAttribute("clase", clase)
                    .modelAttribute("folio", folio)
                    .modelAttribute("actuaciones", actuaciones)
                    .modelAttribute("activa", activa)
                    .modelAttribute("valores", valores)
                    .modelAttribute("problema", problema)
                    .modelAttribute("campo", campo)
                    .modelAttribute("aviso", aviso)
                    .modelAttribute("zona", EnvioDeActuaciones.ZONA_POR_OMISION.getId());
            if (expediente.exitosa()) {
                pagina.modelAttribute("x", expediente.objeto())
                        .modelAttribute("zona", zona(expediente.objeto()));
            } else if (problema == null) {
                pagina.status(expediente.estado())
                        .modelAttribute("problemaDelExpediente", expediente.problema());
            }
            return pagina.build();
        });
    }

    /**
     * The zone in which the garante reads its dates: the one its last actuación was recorded in, so a date and time
     * typed in a form is read as the garante's, with the zone named next to it.
     */
    static String zona(Map<String, Object> expediente) {
        if (expediente.get("actuaciones") instanceof List<?> actuaciones && !actuaciones.isEmpty()
                && actuaciones.get(actuaciones.size() - 1) instanceof Map<?, ?> ultima
                && ultima.get("zona") instanceof String zona) {
            return zona;
        }
        return EnvioDeActuaciones.ZONA_POR_OMISION.getId();
    }
}
