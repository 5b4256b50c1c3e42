package mx.pnt.query;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks a read model for one optional answer without blocking the event loop (a local query bus runs the JPA
 * handler inside {@code query()}), and turns "none" into a Spanish 404 problem.
 *
 * <p>The pages of boards and bandejas (staff polling big tables, live boards refreshing) run in a bulkhead of their
 * own: at most {@code pnt.consultas.tableros.concurrencia} at once (by default half the cores), the rest waiting in
 * a bounded queue, beyond which the answer is 503. However many staff poll their boards, the other half of the
 * machine stays for the rest of the platform, above all the anonymous folio tracking (docs/operations.md).
 */
@Component
public class ConsultaPublicada implements DisposableBean {

    /** A live read model reads its page again at most this often: a burst of events gives one refresh. */
    public static final Duration REFRESCO = Duration.ofMillis(250);
    /** What a client told to wait is told to wait, in seconds: a board page takes milliseconds. */
    static final String REINTENTO_TRAS_SATURACION = "1";

    private final QueryGateway consultas;
    private final ThreadPoolExecutor hilosDeTableros;
    private final Scheduler tableros;

    public ConsultaPublicada(QueryGateway consultas,
                             @Value("${pnt.consultas.tableros.concurrencia:0}") int concurrencia,
                             @Value("${pnt.consultas.tableros.cola:1000}") int cola) {
        this.consultas = consultas;
        int hilos = concurrencia > 0 ? concurrencia : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        if (cola < 1) {
            throw new IllegalArgumentException("pnt.consultas.tableros.cola debe ser al menos 1: " + cola);
        }
        AtomicInteger numero = new AtomicInteger();
        // One queue shared by every thread (a bounded elastic scheduler would queue a page behind a slow one on
        // its own worker while another is idle).
        this.hilosDeTableros = new ThreadPoolExecutor(hilos, hilos, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(cola), tarea -> {
            Thread hilo = new Thread(tarea, "tableros-" + numero.incrementAndGet());
            hilo.setDaemon(true);
            return hilo;
        });
        this.tableros = Schedulers.fromExecutorService(hilosDeTableros, "tableros");
    }

    /** How many pages of boards and bandejas may be read at once. */
    public int concurrenciaDeTableros() {
        return hilosDeTableros.getMaximumPoolSize();
    }

    /** A board's or bandeja's page (always an answer, possibly empty), in the boards' bulkhead. */
    public <R> Mono<R> siempre(Object consulta, Class<R> tipo) {
        return preguntar(() -> consultas.query(consulta, ResponseTypes.instanceOf(tipo)), tableros)
                .onErrorMap(RejectedExecutionException.class, e -> saturados());
    }

    /**
     * An aggregation that always answers (statistics), outside the boards' bulkhead: a long one must not hold the
     * boards, and its own rate is limited per client (LimiteDeEstadisticas).
     */
    public <R> Mono<R> calculada(Object consulta, Class<R> tipo) {
        return preguntar(() -> consultas.query(consulta, ResponseTypes.instanceOf(tipo)), Schedulers.boundedElastic());
    }

    public <R> Mono<java.util.List<R>> varias(Object consulta, Class<R> tipo) {
        return preguntar(() -> consultas.query(consulta, ResponseTypes.multipleInstancesOf(tipo)),
                Schedulers.boundedElastic());
    }

    /** The local bus runs the handler inside {@code query()}, so the call itself goes to {@code hilos}. */
    private static <R> Mono<R> preguntar(Callable<CompletableFuture<R>> query, Scheduler hilos) {
        return Mono.fromCallable(query).subscribeOn(hilos).flatMap(Mono::fromFuture);
    }

    /**
     * A read model kept open: its answer now, then again after each update its projector emits, at most one per
     * {@code intervalo} (a burst of events gives one refresh, the latest). The subscription is cancelled with the
     * stream. Blocking reads run off the event loop.
     */
    public <R> Flux<R> enVivo(Object consulta, Class<R> tipo, Class<?> aviso, Duration intervalo) {
        return Flux.using(() -> consultas.subscriptionQuery(consulta, ResponseTypes.instanceOf(tipo),
                                ResponseTypes.instanceOf(aviso)),
                        suscripcion -> suscripcion.initialResult().concatWith(suscripcion.updates()
                                .sample(intervalo).concatMap(cambio -> siempre(consulta, tipo))),
                        SubscriptionQueryResult::cancel)
                .subscribeOn(tableros)
                .onErrorMap(RejectedExecutionException.class, e -> saturados());
    }

    /**
     * A live read model as server-sent events named {@code evento}, with a comment every {@code latido} so that
     * proxies keep the connection open and a client sees it is alive.
     */
    public static <R> Flux<ServerSentEvent<R>> comoEventos(Flux<R> paginas, String evento, Duration latido) {
        return Flux.merge(paginas.map(pagina -> ServerSentEvent.builder(pagina).event(evento).build()),
                Flux.interval(latido).map(i -> ServerSentEvent.<R>builder().comment("latido").build()));
    }

    public <R> Mono<R> una(Object consulta, Class<R> tipo, String tituloSiNoExiste, String detalleSiNoExiste) {
        return preguntar(() -> consultas.query(consulta, ResponseTypes.optionalInstanceOf(tipo)),
                Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> problema(HttpStatus.NOT_FOUND, tituloSiNoExiste, detalleSiNoExiste)));
    }

    private static ErrorResponseException saturados() {
        ErrorResponseException saturados = problema(HttpStatus.SERVICE_UNAVAILABLE, "Tableros saturados",
                "Hay demasiadas consultas de tableros y bandejas en espera. Intente de nuevo en un momento.");
        saturados.getBody().setProperty("codigo", "tableros-saturados");
        saturados.getHeaders().set(HttpHeaders.RETRY_AFTER, REINTENTO_TRAS_SATURACION);
        return saturados;
    }

    @Override
    public void destroy() {
        tableros.dispose();
    }

    /** A Spanish problem+json answer of the read side (not found, a page out of range, a board of another role). */
    public static ErrorResponseException problema(HttpStatus status, String titulo, String detalle) {
        ProblemDetail problema = ProblemDetail.forStatusAndDetail(status, detalle);
        problema.setTitle(titulo);
        return new ErrorResponseException(status, problema, null);
    }
}
