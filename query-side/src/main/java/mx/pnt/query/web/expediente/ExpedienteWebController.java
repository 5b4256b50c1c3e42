package mx.pnt.query.web.expediente;

import mx.pnt.query.web.ClienteDeLaApi;
import mx.pnt.query.web.Rutas;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expediente as a timeline, as it stood at any instant: the auditor types a folio, a local date and time and the
 * zone it is read in (the garante's, by default Mexico City's), and the page asks the API for the expediente
 * {@code ?al=} that instant with its offset.
 */
@Controller
public class ExpedienteWebController {

    static final String ZONA_POR_OMISION = "America/Mexico_City";

    private final ClienteDeLaApi api;
    private final mx.pnt.query.web.Formato formatoDeFechas;
    private final java.time.Clock clock;

    public ExpedienteWebController(ClienteDeLaApi api, mx.pnt.query.web.Formato formatoDeFechas,
                                   java.time.Clock clock) {
        this.api = api;
        this.formatoDeFechas = formatoDeFechas;
        this.clock = clock;
    }

    @GetMapping("/expedientes")
    public Mono<Rendering> expediente(@RequestParam(required = false) String folio,
                                      @RequestParam(required = false) String al,
                                      @RequestParam(required = false) String zona,
                                      ServerWebExchange exchange) {
        Map<String, String> consulta = new LinkedHashMap<>();
        consulta.put("folio", folio == null ? "" : folio.strip());
        consulta.put("al", al == null ? "" : al.strip());
        consulta.put("zona", zonaOPorOmision(zona));
        Rendering.Builder<?> pagina = Rendering.view("expediente/expediente").modelAttribute("consulta", consulta);
        if (consulta.get("folio").isEmpty()) {
            return Mono.just(pagina.build());
        }
        String ruta;
        try {
            ruta = enLaApi(consulta.get("folio"), consulta.get("al"), consulta.get("zona"));
        } catch (java.time.DateTimeException e) {
            return Mono.just(pagina.status(HttpStatus.BAD_REQUEST).modelAttribute("errorDeFecha",
                    "Escriba la fecha y hora como día/mes/año y hora, y una zona horaria válida (p. ej. "
                            + ZONA_POR_OMISION + ").").build());
        }
        return api.leer(exchange, ruta)
                .map(r -> r.exitosa() ? pagina.modelAttribute("x", r.objeto()).build()
                        : pagina.status(r.estado()).modelAttribute("problema", r.problema())
                        .build());
    }

    /**
     * The expediente as a file to keep: as the API answers it (JSON), or with {@code formato=pdf} as a document to
     * print and file, with the instant it shows and the instant it was generated.
     */
    @GetMapping("/expedientes/exportacion")
    public Mono<ResponseEntity<byte[]>> exportar(@RequestParam String folio, @RequestParam(required = false) String al,
                                                 @RequestParam(required = false) String zona,
                                                 @RequestParam(defaultValue = "json") String formato,
                                                 ServerWebExchange exchange) {
        String enZona = zonaOPorOmision(zona);
        String ruta;
        try {
            ruta = enLaApi(folio.strip(), al, enZona);
        } catch (java.time.DateTimeException e) {
            return Mono.just(ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("Fecha u hora no válida.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return "pdf".equals(formato) ? pdf(exchange, folio.strip(), ruta, enZona) : json(exchange, folio.strip(), ruta);
    }

    private Mono<ResponseEntity<byte[]>> json(ServerWebExchange exchange, String folio, String ruta) {
        return api.descargar(exchange, ruta)
                .map(r -> r.getStatusCode().is2xxSuccessful()
                        ? ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, adjunto(folio, "json")).body(r.getBody())
                        : ResponseEntity.status(r.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(r.getBody()));
    }

    private Mono<ResponseEntity<byte[]>> pdf(ServerWebExchange exchange, String folio, String ruta, String zona) {
        String generado = formatoDeFechas.instante(java.time.OffsetDateTime.now(clock).toString(), zona);
        return api.leer(exchange, ruta)
                .flatMap(r -> r.exitosa()
                        ? Mono.fromCallable(() -> PdfDelExpediente.de(r.objeto(), zona, generado, formatoDeFechas))
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic())
                        .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                                .header(HttpHeaders.CONTENT_DISPOSITION, adjunto(folio, "pdf")).body(pdf))
                        : Mono.just(ResponseEntity.status(r.estado()).contentType(MediaType.TEXT_PLAIN)
                        .body(r.problema().detalle().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static String adjunto(String folio, String extension) {
        return ContentDisposition.attachment().filename("expediente-" + folio + "." + extension).build().toString();
    }

    private static String zonaOPorOmision(String zona) {
        return zona == null || zona.isBlank() ? ZONA_POR_OMISION : zona.strip();
    }

    /** The API's expediente of {@code folio} as it stood at the local date-time typed, read in {@code zona}. */
    private static String enLaApi(String folio, String al, String zona) {
        Map<String, String> parametros = new LinkedHashMap<>();
        parametros.put("al", instante(al, zona));
        return Rutas.con(Rutas.de("/api/expedientes/{folio}", folio), parametros);
    }

    /** The local date-time typed, in the zone named, as the ISO instant with offset the API takes; none: now. */
    static String instante(String local, String zona) {
        if (local == null || local.isBlank()) {
            return null;
        }
        return ZonedDateTime.of(LocalDateTime.parse(local), ZoneId.of(zona)).toOffsetDateTime().toString();
    }
}
