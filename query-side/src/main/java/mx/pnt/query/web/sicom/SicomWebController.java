package mx.pnt.query.web.sicom;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.RespuestaDeLaApi;
import mx.pnt.query.web.tramite.CatalogoDeActuaciones;
import mx.pnt.query.web.tramite.EnvioDeActuaciones;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import mx.pnt.query.web.Rutas;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SICOM of a Unidad de Transparencia or a garante: the form to send a comunicado or an actuación with its
 * documents (Centésimo vigésimo séptimo), and the bandejas of those sent and received, the unread ones marked, with
 * the explicit confirmation of reading (Centésimo trigésimo primero), which only the destinatario's account may make,
 * once; the API decides all of it.
 */
@Controller
public class SicomWebController {

    static final List<String> BANDEJAS = List.of("recepcion-de-comunicados", "recepcion-de-actuaciones",
            "envio-de-comunicados", "envio-de-actuaciones");

    private final ClienteDeLaApi api;
    private final EnvioDeActuaciones envios;

    public SicomWebController(ClienteDeLaApi api, EnvioDeActuaciones envios) {
        this.api = api;
        this.envios = envios;
    }

    @GetMapping("/sicom")
    public Rendering inicio() {
        return Rendering.redirectTo("/sicom/" + BANDEJAS.get(0)).build();
    }

    /** The form of "Envío de comunicados" and "Envío de actuaciones" (Centésimo vigésimo séptimo). */
    @GetMapping("/sicom/envio")
    public Rendering formularioDeEnvio() {
        return envio(Map.of(), null, null, null, HttpStatus.OK);
    }

    /** Sends it through the API, documents first; the answer is the confirmation with its folio and legal time. */
    @PostMapping("/sicom/envio")
    public Mono<Rendering> enviar(ServerWebExchange exchange) {
        return envios.enviar(exchange, CatalogoDeActuaciones.ENVIO_DE_COMUNICADO,
                        f -> Optional.of(CatalogoDeActuaciones.RUTA_DE_ENVIO_DE_COMUNICADOS))
                .map(e -> e.exitosa() ? envio(Map.of(), null, null, e.respuesta().objeto(), HttpStatus.CREATED)
                        : envio(e.valores(), e.respuesta().problema(), e.campo(), null, e.respuesta().estado()));
    }

    private static Rendering envio(Map<String, String> valores, RespuestaDeLaApi.Problema problema, String campo,
                                   Map<String, Object> confirmacion, HttpStatusCode status) {
        return Rendering.view("sicom/envio").status(status)
                .modelAttribute("a", CatalogoDeActuaciones.ENVIO_DE_COMUNICADO)
                .modelAttribute("activa", problema == null ? null : CatalogoDeActuaciones.ENVIO_DE_COMUNICADO.clave())
                .modelAttribute("valores", valores)
                .modelAttribute("problema", problema)
                .modelAttribute("campo", campo)
                .modelAttribute("zona", EnvioDeActuaciones.ZONA_POR_OMISION.getId())
                .modelAttribute("confirmacion", confirmacion)
                .build();
    }

    /** The confirmation of an envío as PDF (Centésimo trigésimo), as the API renders it. */
    @GetMapping("/sicom/comunicados/{folio}/confirmacion.pdf")
    public Mono<ResponseEntity<byte[]>> confirmacionPdf(@PathVariable String folio, ServerWebExchange exchange) {
        return api.descargar(exchange, Rutas.de("/api/sicom/comunicados/{folio}/confirmacion/pdf", folio))
                .map(r -> r.getStatusCode().is2xxSuccessful()
                        ? ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("confirmacion-" + folio + ".pdf").build().toString())
                        .body(r.getBody())
                        : ResponseEntity.status(r.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(r.getBody()));
    }

    @GetMapping("/sicom/{bandeja}")
    public Mono<Rendering> bandeja(@PathVariable String bandeja, @RequestParam(required = false) String noLeidos,
                                   @RequestParam(defaultValue = "0") int pagina, ServerWebExchange exchange) {
        return vista(exchange, bandeja, noLeidos, pagina, null, null, "sicom/bandeja");
    }

    /** The table alone, for htmx to swap in when a comunicado of the bandeja is sent, read or identified. */
    @GetMapping("/sicom/{bandeja}/tabla")
    public Mono<Rendering> tabla(@PathVariable String bandeja, @RequestParam(required = false) String noLeidos,
                                 @RequestParam(defaultValue = "0") int pagina, ServerWebExchange exchange) {
        return vista(exchange, bandeja, noLeidos, pagina, null, null, "sicom/bandeja :: tabla");
    }

    /** The API's live bandeja, relayed as bare signals: the page reads its table again on each. */
    @GetMapping(value = "/sicom/{bandeja}/flujo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public Flux<ServerSentEvent<String>> flujo(@PathVariable String bandeja,
                                               @RequestParam(required = false) String noLeidos,
                                               @RequestParam(defaultValue = "0") int pagina,
                                               ServerWebExchange exchange) {
        return api.avisos(exchange, enLaApi(bandeja, noLeidos, pagina), "sicom");
    }

    @PostMapping("/sicom/{bandeja}/{folio}/lectura")
    public Mono<Rendering> confirmarLectura(@PathVariable String bandeja, @PathVariable String folio,
                                           ServerWebExchange exchange) {
        return api.enviar(exchange, Rutas.de("/api/sicom/comunicados/{folio}/lectura", folio), Map.of())
                .flatMap(r -> r.exitosa()
                        ? vista(exchange, bandeja, null, 0, "Lectura confirmada del folio " + folio + ": "
                        + r.objeto().getOrDefault("leyenda", ""), null, "sicom/bandeja")
                        : vista(exchange, bandeja, null, 0, null, r.problema(), "sicom/bandeja"));
    }

    private static String enLaApi(String bandeja, String noLeidos, int pagina) {
        Map<String, String> filtros = new LinkedHashMap<>();
        filtros.put("noLeidos", noLeidos);
        filtros.put("pagina", Integer.toString(Math.max(0, pagina)));
        return Rutas.con(Rutas.de("/api/sicom/bandejas/{bandeja}", bandeja), filtros);
    }

    private Mono<Rendering> vista(ServerWebExchange exchange, String bandeja, String noLeidos, int pagina,
                                  String aviso, RespuestaDeLaApi.Problema problemaDeLectura, String plantilla) {
        return api.leer(exchange, enLaApi(bandeja, noLeidos, pagina)).map(r -> {
            Rendering.Builder<?> vista = Rendering.view(plantilla)
                    .modelAttribute("noLeidos", noLeidos)
                    .modelAttribute("pagina", Math.max(0, pagina))
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
