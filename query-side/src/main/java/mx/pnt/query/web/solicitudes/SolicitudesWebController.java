package mx.pnt.query.web.solicitudes;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.ConsejoDeLasPaginas;
import mx.pnt.query.web.Formato;
import mx.pnt.query.web.Formulario;
import mx.pnt.query.web.RespuestaDeLaApi;
import mx.pnt.query.web.Rutas;
import mx.pnt.query.web.tramite.CatalogoDeActuaciones;
import mx.pnt.query.web.tramite.EnvioDeActuaciones;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;

/**
 * SISAI in the browser: a solicitante presents a solicitud and gets its acuse; a Unidad de Transparencia works its
 * bandeja and answers. Every form goes to the same API route an API client uses.
 */
@Controller
public class SolicitudesWebController {

    private final ClienteDeLaApi api;
    private final Formato formato;
    private final EnvioDeActuaciones envio;

    public SolicitudesWebController(ClienteDeLaApi api, Formato formato, EnvioDeActuaciones envio) {
        this.api = api;
        this.formato = formato;
        this.envio = envio;
    }

    @GetMapping("/solicitudes/nueva")
    public Mono<Rendering> nueva(ServerWebExchange exchange) {
        return formularioDePresentacion(exchange, Map.of(), null, HttpStatus.OK);
    }

    @PostMapping("/solicitudes")
    public Mono<Rendering> presentar(ServerWebExchange exchange) {
        return exchange.getFormData().map(Formulario::new).flatMap(f -> api.enviar(exchange, "/api/solicitudes",
                        f.cuerpo("sujetoObligadoId", "descripcion", "modalidadDeEntrega"))
                // The acuse is the command side's own answer, shown at once: the tracking read model may not
                // have the folio yet. It stays printable later at /solicitudes/{folio}/acuse.
                .flatMap(r -> r.exitosa()
                        ? Mono.just(Rendering.view("solicitudes/acuse").status(HttpStatus.CREATED)
                        .modelAttribute("s", r.objeto()).build())
                        : formularioDePresentacion(exchange, f.valores(), r.problema(),
                        r.estado())));
    }

    /** A solicitud múltiple (Cuadragésimo tercero): the same request to several sujetos obligados, one acuse each. */
    @GetMapping("/solicitudes/multiple")
    public Mono<Rendering> nuevaMultiple(ServerWebExchange exchange) {
        return formularioMultiple(exchange, Map.of(), List.of(), null, HttpStatus.OK);
    }

    @PostMapping("/solicitudes/multiples")
    public Mono<Rendering> presentarMultiple(ServerWebExchange exchange) {
        return exchange.getFormData().map(Formulario::new).flatMap(f -> {
            Map<String, Object> cuerpo = new java.util.LinkedHashMap<>(f.cuerpo("descripcion", "modalidadDeEntrega"));
            cuerpo.put("sujetosObligadosIds", f.valores("sujetosObligadosIds"));
            return api.enviar(exchange, "/api/solicitudes/multiples", cuerpo).flatMap(r -> r.exitosa()
                    ? Mono.just(Rendering.view("solicitudes/acuse-multiple").status(HttpStatus.CREATED)
                    .modelAttribute("m", r.objeto()).build())
                    : formularioMultiple(exchange, f.valores(), f.valores("sujetosObligadosIds"), r.problema(),
                    r.estado()));
        });
    }

    private Mono<Rendering> formularioMultiple(ServerWebExchange exchange, Map<String, String> valores,
                                               List<String> elegidos, RespuestaDeLaApi.Problema problema,
                                               HttpStatusCode status) {
        return conCatalogo(exchange, Formulario.pagina("solicitudes/multiple", status, valores, problema,
                CAMPOS_DE_LA_MULTIPLE).modelAttribute("elegidos", elegidos));
    }

    private Mono<Rendering> formularioDePresentacion(ServerWebExchange exchange, Map<String, String> valores,
                                                     RespuestaDeLaApi.Problema problema, HttpStatusCode status) {
        return conCatalogo(exchange, Formulario.pagina("solicitudes/nueva", status, valores, problema,
                CAMPOS_DE_LA_PRESENTACION));
    }

    /** A presentation form with the sujetos obligados to choose from and the modalidades de entrega. */
    private Mono<Rendering> conCatalogo(ServerWebExchange exchange, Rendering.Builder<?> pagina) {
        return api.leer(exchange, "/api/catalogo/sujetos-obligados").map(catalogo -> pagina
                .modelAttribute("sujetos", catalogo.exitosa() ? catalogo.lista() : List.of())
                .modelAttribute("modalidades", MODALIDADES)
                .build());
    }

    /** The acuse de recibo: folio, legal reception date and time with its zone, and the deadline with its law. */
    @GetMapping("/solicitudes/{folio}/acuse")
    public Mono<Rendering> acuse(@PathVariable String folio, ServerWebExchange exchange) {
        return api.leer(exchange, Rutas.de("/api/seguimiento/{folio}", folio)).map(r -> r.exitosa()
                ? Rendering.view("solicitudes/acuse").modelAttribute("s", r.objeto()).build()
                : ConsejoDeLasPaginas.pagina(r.estado(), r.problema().titulo(),
                r.problema().detalle()));
    }

    /** The acuse as PDF, rendered off the event loop (PDF layout is CPU-bound and reads fonts). */
    @GetMapping("/solicitudes/{folio}/acuse.pdf")
    public Mono<ResponseEntity<byte[]>> acusePdf(@PathVariable String folio, ServerWebExchange exchange) {
        return api.leer(exchange, Rutas.de("/api/seguimiento/{folio}", folio)).flatMap(r -> r.exitosa()
                ? Mono.fromCallable(() -> PdfDelAcuse.de(r.objeto(), formato))
                .subscribeOn(Schedulers.boundedElastic())
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("acuse-" + folio + ".pdf").build().toString())
                        .body(pdf))
                : Mono.just(ResponseEntity.status(r.status()).contentType(MediaType.TEXT_PLAIN)
                .body(r.problema().detalle().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** The solicitante's desahogo of a requerimiento de información adicional (Quincuagésimo noveno). */
    @GetMapping("/solicitudes/{folio}/desahogo")
    public Mono<Rendering> formularioDeDesahogo(@PathVariable String folio, ServerWebExchange exchange) {
        return desahogo(exchange, folio, Map.of(), null, HttpStatus.OK);
    }

    @PostMapping("/solicitudes/{folio}/desahogo")
    public Mono<Rendering> desahogar(@PathVariable String folio, ServerWebExchange exchange) {
        return exchange.getFormData().map(Formulario::new).flatMap(f -> api.enviar(exchange,
                        Rutas.de("/api/solicitudes/{folio}/desahogo", folio), f.cuerpo("desahogo"))
                .flatMap(r -> r.exitosa()
                        ? Mono.just(Rendering.redirectTo(Rutas.con("/seguimiento", Map.of("folio", folio))).build())
                        : desahogo(exchange, folio, f.valores(), r.problema(), r.estado())));
    }

    private Mono<Rendering> desahogo(ServerWebExchange exchange, String folio, Map<String, String> valores,
                                     RespuestaDeLaApi.Problema problema, HttpStatusCode status) {
        return conSeguimiento(exchange, folio, Formulario.pagina("solicitudes/desahogo", status, valores, problema,
                CAMPOS_DEL_DESAHOGO));
    }

    /** A form about one folio, with its public tracking (its deadlines) beside it. */
    private Mono<Rendering> conSeguimiento(ServerWebExchange exchange, String folio, Rendering.Builder<?> pagina) {
        return api.leer(exchange, Rutas.de("/api/seguimiento/{folio}", folio)).map(s -> pagina
                .modelAttribute("folio", folio)
                .modelAttribute("s", s.exitosa() ? s.objeto() : null)
                .build());
    }

    /** The solicitante's own folios, newest first, each linked to its tracking or its expediente. */
    @GetMapping("/mis-folios")
    public Mono<Rendering> misFolios(@RequestParam(defaultValue = "0") int pagina, ServerWebExchange exchange) {
        return MIS_FOLIOS.pagina(api, exchange, pagina, false);
    }

    /** The table alone, for htmx to swap in when a folio enters the person's list. */
    @GetMapping("/mis-folios/tabla")
    public Mono<Rendering> tablaDeMisFolios(@RequestParam(defaultValue = "0") int pagina,
                                           ServerWebExchange exchange) {
        return MIS_FOLIOS.pagina(api, exchange, pagina, true);
    }

    @GetMapping(value = "/mis-folios/flujo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public Flux<ServerSentEvent<String>> flujoDeMisFolios(@RequestParam(defaultValue = "0") int pagina,
                                                          ServerWebExchange exchange) {
        return MIS_FOLIOS.flujo(api, exchange, pagina);
    }

    /** The Unidad de Transparencia's open solicitudes, most urgent first, with the next actuación of each. */
    @GetMapping("/bandeja")
    public Mono<Rendering> bandeja(@RequestParam(defaultValue = "0") int pagina, ServerWebExchange exchange) {
        return BANDEJA.pagina(api, exchange, pagina, false);
    }

    /** The table alone, for htmx to swap in when the bandeja changes. */
    @GetMapping("/bandeja/tabla")
    public Mono<Rendering> tablaDeLaBandeja(@RequestParam(defaultValue = "0") int pagina,
                                            ServerWebExchange exchange) {
        return BANDEJA.pagina(api, exchange, pagina, true);
    }

    @GetMapping(value = "/bandeja/flujo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    public Flux<ServerSentEvent<String>> flujoDeLaBandeja(@RequestParam(defaultValue = "0") int pagina,
                                                          ServerWebExchange exchange) {
        return BANDEJA.flujo(api, exchange, pagina);
    }

    private static final ListaEnVivo MIS_FOLIOS = new ListaEnVivo("/api/bandejas/solicitante",
            "solicitudes/mis-folios", "folios");
    private static final ListaEnVivo BANDEJA = new ListaEnVivo("/api/bandejas/unidad-de-transparencia",
            "solicitudes/bandeja", "bandeja");

    /**
     * A paged list of the API shown live: its page (or its table alone, for htmx) and the API's stream relayed as
     * bare signals, under the stream's event name.
     */
    private record ListaEnVivo(String rutaDeLaApi, String plantilla, String evento) {

        Mono<Rendering> pagina(ClienteDeLaApi api, ServerWebExchange exchange, int pagina, boolean soloLaTabla) {
            return api.leer(exchange, enLaApi(pagina)).map(r -> r.enLaVista(soloLaTabla ? plantilla + " :: tabla"
                    : plantilla, "b").modelAttribute("pagina", Math.max(0, pagina)).build());
        }

        Flux<ServerSentEvent<String>> flujo(ClienteDeLaApi api, ServerWebExchange exchange, int pagina) {
            return api.avisos(exchange, enLaApi(pagina), evento);
        }

        private String enLaApi(int pagina) {
            return Rutas.con(rutaDeLaApi, Map.of("pagina", Integer.toString(Math.max(0, pagina))));
        }
    }

    /** The answer: the form of CatalogoDeActuaciones.RESPUESTA, with its documents; then back to the bandeja. */
    @GetMapping("/solicitudes/{folio}/respuesta")
    public Mono<Rendering> formularioDeRespuesta(@PathVariable String folio, ServerWebExchange exchange) {
        return respuesta(exchange, folio, Map.of(), null, null, HttpStatus.OK);
    }

    @PostMapping("/solicitudes/{folio}/respuesta")
    public Mono<Rendering> responder(@PathVariable String folio, ServerWebExchange exchange) {
        return envio.enviar(exchange, CatalogoDeActuaciones.RESPUESTA, "solicitudes", folio).flatMap(e -> e.exitosa()
                ? Mono.just(Rendering.redirectTo("/bandeja?respondida=" + e.respuesta().objeto().get("folio")).build())
                : respuesta(exchange, folio, e.valores(), e.respuesta().problema(), e.campo(),
                e.respuesta().estado()));
    }

    private Mono<Rendering> respuesta(ServerWebExchange exchange, String folio, Map<String, String> valores,
                                      RespuestaDeLaApi.Problema problema, String campo, HttpStatusCode status) {
        return conSeguimiento(exchange, folio, Rendering.view("solicitudes/respuesta").status(status)
                .modelAttribute("a", CatalogoDeActuaciones.RESPUESTA)
                .modelAttribute("activa", problema == null ? null : CatalogoDeActuaciones.RESPUESTA.clave())
                .modelAttribute("valores", valores)
                .modelAttribute("problema", problema)
                .modelAttribute("campo", campo));
    }

    /** Which field of the presentation form each of the API's refusal codes concerns. */
    private static final Map<String, String> CAMPOS_DE_LA_PRESENTACION = Map.of(
            "descripcion-requerida", "descripcion", "descripcion-extensa", "descripcion",
            "texto-extenso", "descripcion", "texto-requerido", "descripcion",
            "sujeto-obligado-requerido", "sujetoObligadoId", "sujeto-obligado-desconocido", "sujetoObligadoId",
            "sujeto-obligado-de-baja", "sujetoObligadoId");

    private static final Map<String, String> CAMPOS_DE_LA_MULTIPLE = Map.of(
            "descripcion-requerida", "descripcion", "descripcion-extensa", "descripcion",
            "texto-extenso", "descripcion", "texto-requerido", "descripcion",
            "multiple-excede", "sujetosObligadosIds", "multiple-sin-destinatarios", "sujetosObligadosIds",
            "multiple-repetido", "sujetosObligadosIds", "sujeto-obligado-desconocido", "sujetosObligadosIds",
            "sujeto-obligado-de-baja", "sujetosObligadosIds");

    private static final Map<String, String> CAMPOS_DEL_DESAHOGO = Map.of(
            "texto-extenso", "desahogo", "texto-requerido", "desahogo", "desahogo-requerido", "desahogo");

    /** The modalidades a solicitante chooses online (a verbal one is captured by the Unidad), in the API's names. */
    private static final List<String> MODALIDADES = List.of("ELECTRONICA", "COPIA_SIMPLE", "COPIA_CERTIFICADA",
            "CONSULTA_DIRECTA");
}
