package mx.pnt.query.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The web pages' only way to the platform: its own HTTP API, on the loopback interface, with the bearer token of
 * the person's session. So a page runs exactly the commands and queries an API client runs, with the same checks,
 * and can neither add a rule nor skip one.
 *
 * <p>The client runs on this application's own Reactor Netty resources (its event loops and connection pool), never
 * on the JVM-wide ones: another application in the same JVM that stops disposes the shared resources, and a page's
 * call in flight on them fails ("Connection prematurely closed"). Each call waits at most a bounded time; past it
 * the page answers 504 with a Spanish problem instead of hanging.
 */
@Component
public class ClienteDeLaApi {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTOS =
            new ParameterizedTypeReference<>() {
            };

    private final boolean tls;
    private final ReactorResourceFactory recursos;
    private final Duration espera;
    private final Duration esperaDeArchivos;
    private volatile WebClient web;
    private volatile String base;

    @Autowired
    public ClienteDeLaApi(@Value("${server.ssl.enabled:false}") boolean tls,
                          ObjectProvider<ReactorResourceFactory> recursos,
                          @Value("${pnt.web.espera-de-la-api:30s}") Duration espera,
                          @Value("${pnt.web.espera-de-archivos:5m}") Duration esperaDeArchivos) {
        this(tls, recursos.getIfAvailable(), espera, esperaDeArchivos);
    }

    /** {@code recursos} is absent only where no Reactor Netty server runs, and so no page ever calls. */
    ClienteDeLaApi(boolean tls, ReactorResourceFactory recursos, Duration espera, Duration esperaDeArchivos) {
        this.tls = tls;
        this.recursos = recursos;
        this.espera = espera;
        this.esperaDeArchivos = esperaDeArchivos;
    }

    /** The port is known only once the server listens (a random one in tests). */
    @EventListener
    void alEscuchar(WebServerInitializedEvent evento) {
        if (evento.getApplicationContext().getServerNamespace() != null) {
            return; // a management server of its own, not the API's
        }
        escucharEn(evento.getWebServer().getPort());
    }

    /** The API's port on the loopback interface, once known. */
    void escucharEn(int puerto) {
        base = (tls ? "https" : "http") + "://127.0.0.1:" + puerto;
        web = WebClient.builder()
                .clientConnector(recursos == null ? new ReactorClientHttpConnector()
                        : new ReactorClientHttpConnector(recursos, cliente -> cliente))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
    }

    public Mono<RespuestaDeLaApi> leer(ServerWebExchange exchange, String ruta) {
        return aTiempo(token(exchange).flatMap(token -> web().get().uri(direccion(ruta))
                .headers(h -> autorizar(h, token))
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(ClienteDeLaApi::respuesta)), espera, () -> sinRespuesta(espera, false));
    }

    public Mono<RespuestaDeLaApi> enviar(ServerWebExchange exchange, String ruta, Map<String, ?> cuerpo) {
        return aTiempo(token(exchange).flatMap(token -> web().post().uri(direccion(ruta))
                .headers(h -> autorizar(h, token))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .bodyValue(cuerpo)
                .exchangeToMono(ClienteDeLaApi::respuesta)), espera, () -> sinRespuesta(espera, true));
    }

    /**
     * A document the person chose in a form, uploaded to the document store as an API client uploads it
     * ({@code POST /api/documentos}, part {@code archivo}); the answer carries its SHA-256.
     */
    public Mono<RespuestaDeLaApi> subir(ServerWebExchange exchange, FilePart archivo) {
        MultipartBodyBuilder partes = new MultipartBodyBuilder();
        partes.asyncPart("archivo", archivo.content(), DataBuffer.class)
                .filename(archivo.filename())
                .contentType(archivo.headers().getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                        : archivo.headers().getContentType());
        return aTiempo(token(exchange).flatMap(token -> web().post().uri(direccion("/api/documentos"))
                .headers(h -> autorizar(h, token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromMultipartData(partes.build()))
                .exchangeToMono(ClienteDeLaApi::respuesta)), esperaDeArchivos,
                () -> sinRespuesta(esperaDeArchivos, true));
    }

    /** The bytes of a document or PDF the API serves, with its status and content type. */
    public Mono<ResponseEntity<byte[]>> descargar(ServerWebExchange exchange, String ruta) {
        return aTiempo(token(exchange).flatMap(token -> web().get().uri(direccion(ruta))
                .headers(h -> autorizar(h, token))
                .exchangeToMono(r -> r.toEntity(byte[].class))), esperaDeArchivos,
                () -> ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(JsonMapper.shared().writeValueAsBytes(sinRespuesta(esperaDeArchivos, false).cuerpo())));
    }

    /** A call that waits at most {@code espera}, and then gives the page what {@code sinRespuesta} makes (a 504). */
    private static <T> Mono<T> aTiempo(Mono<T> llamada, Duration espera, Supplier<T> sinRespuesta) {
        return llamada.timeout(espera).onErrorResume(TimeoutException.class, e -> Mono.fromSupplier(sinRespuesta));
    }

    /**
     * The page's answer when the API did not answer in time: 504 and a Spanish problem. A command may still have been
     * recorded after the page stopped waiting, so the person is told to look before sending it again.
     */
    static RespuestaDeLaApi sinRespuesta(Duration espera, boolean envio) {
        String detalle = "La Plataforma no respondió en " + espera.toSeconds() + " segundos."
                + (envio ? " La actuación pudo haberse registrado de todos modos: consulte el expediente antes de "
                + "enviarla de nuevo." : " Intente de nuevo en unos momentos.");
        Map<String, Object> problema = new LinkedHashMap<>();
        problema.put("title", "Sin respuesta a tiempo");
        problema.put("status", HttpStatus.GATEWAY_TIMEOUT.value());
        problema.put("detail", detalle);
        return new RespuestaDeLaApi(HttpStatus.GATEWAY_TIMEOUT.value(), problema);
    }

    /** A server-sent event stream of the API (a live board), event by event; heartbeats come as comments. */
    private Flux<ServerSentEvent<String>> flujo(ServerWebExchange exchange, String ruta) {
        return token(exchange).flatMapMany(token -> web().get().uri(direccion(ruta))
                .headers(h -> autorizar(h, token))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(EVENTOS));
    }

    /**
     * A live list of the API relayed to a page as bare signals: one event named {@code evento} for each page the API
     * sends, so htmx reads the list's table again through the page's own route; heartbeats pass as comments. When the
     * API refuses or ends the stream (the session's token expired) the page keeps its last table.
     */
    public Flux<ServerSentEvent<String>> avisos(ServerWebExchange exchange, String ruta, String evento) {
        return flujo(exchange, ruta)
                .map(e -> e.event() == null
                        ? ServerSentEvent.<String>builder().comment("latido").build()
                        : ServerSentEvent.builder("cambio").event(evento).build())
                .onErrorResume(e -> Flux.empty());
    }

    private static void autorizar(org.springframework.http.HttpHeaders h, String token) {
        if (!token.isEmpty()) {
            h.setBearerAuth(token);
        }
    }

    /** The session's token, or none for a visitor (public reading needs none). */
    private static Mono<String> token(ServerWebExchange exchange) {
        return exchange.getSession().map(s -> SesionWeb.token(s).orElse(""));
    }

    private static Mono<RespuestaDeLaApi> respuesta(ClientResponse r) {
        int status = r.statusCode().value();
        return r.bodyToMono(Object.class)
                .map(cuerpo -> new RespuestaDeLaApi(status, cuerpo))
                .defaultIfEmpty(new RespuestaDeLaApi(status, null))
                // A body that is not JSON (a proxy's page): the status still tells the page what happened.
                .onErrorResume(e -> Mono.just(new RespuestaDeLaApi(status, null)));
    }

    /** The route is already percent-encoded (see {@link Rutas}): taken as it is, never encoded again. */
    private URI direccion(String ruta) {
        return URI.create(base + ruta);
    }

    private WebClient web() {
        WebClient cliente = web;
        if (cliente == null) {
            throw new IllegalStateException("El servidor aún no escucha");
        }
        return cliente;
    }
}
