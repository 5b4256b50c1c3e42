package mx.pnt.query;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The boards' bulkhead: however many staff poll their boards, no more than its concurrency read at once, the rest
 * wait in its queue, beyond it a 503 with Retry-After; statistics are not held by it.
 */
class ConsultaPublicadaTest {

    private static final Duration ESPERA = Duration.ofSeconds(10);

    private final QueryGateway gateway = mock(QueryGateway.class);
    private final CountDownLatch soltar = new CountDownLatch(1);
    private final AtomicInteger enCurso = new AtomicInteger();
    private final AtomicInteger maximoEnCurso = new AtomicInteger();
    private final Set<String> hilos = ConcurrentHashMap.newKeySet();
    private ConsultaPublicada consultas;

    ConsultaPublicadaTest() {
        // Each read holds its thread until released, as a slow page would; it answers with its own query.
        when(gateway.query(any(), any(ResponseType.class))).thenAnswer(invocacion -> {
            int ahora = enCurso.incrementAndGet();
            maximoEnCurso.accumulateAndGet(ahora, Math::max);
            hilos.add(Thread.currentThread().getName());
            try {
                if (!"libre".equals(invocacion.getArgument(0))) {
                    assertThat(soltar.await(ESPERA.toSeconds(), TimeUnit.SECONDS)).isTrue();
                }
                return CompletableFuture.completedFuture(invocacion.getArgument(0));
            } finally {
                enCurso.decrementAndGet();
            }
        });
    }

    @AfterEach
    void cerrar() {
        soltar.countDown();
        if (consultas != null) {
            consultas.destroy();
        }
    }

    @Test
    void noMasPaginasALaVezQueLaConcurrenciaDelBulkheadYTodasEnSusHilos() throws Exception {
        consultas = new ConsultaPublicada(gateway, 2, 100);
        List<CompletableFuture<String>> paginas = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            paginas.add(consultas.siempre("pagina " + i, String.class).toFuture());
        }
        esperarHasta(() -> enCurso.get() == 2);
        Thread.sleep(100); // the other four must still be waiting in the queue
        assertThat(enCurso.get()).isEqualTo(2);
        soltar.countDown();
        for (int i = 0; i < 6; i++) {
            assertThat(paginas.get(i).get(ESPERA.toSeconds(), TimeUnit.SECONDS)).isEqualTo("pagina " + i);
        }
        assertThat(maximoEnCurso.get()).isEqualTo(2);
        assertThat(hilos).allMatch(h -> h.startsWith("tableros-")).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void masAllaDeLaColaLaRespuestaEs503ConRetryAfterYNoSeLee() {
        consultas = new ConsultaPublicada(gateway, 1, 1);
        CompletableFuture<String> primera = consultas.siempre("primera", String.class).toFuture();
        esperarHasta(() -> enCurso.get() == 1);
        CompletableFuture<String> enCola = consultas.siempre("en cola", String.class).toFuture();

        assertThatThrownBy(() -> consultas.siempre("de más", String.class).block(ESPERA))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.getBody().getTitle()).isEqualTo("Tableros saturados");
                    assertThat(e.getBody().getDetail()).contains("Intente de nuevo");
                    assertThat(e.getBody().getProperties()).containsEntry("codigo", "tableros-saturados");
                    assertThat(e.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
                });
        soltar.countDown();
        assertThat(primera.join()).isEqualTo("primera");
        assertThat(enCola.join()).isEqualTo("en cola");
        assertThat(maximoEnCurso.get()).isEqualTo(1);
    }

    @Test
    void unTableroEnVivoTambienEsperaSuTurnoYSeRechazaAlSaturarse() {
        consultas = new ConsultaPublicada(gateway, 1, 1);
        consultas.siempre("primera", String.class).toFuture();
        esperarHasta(() -> enCurso.get() == 1);
        consultas.siempre("en cola", String.class).toFuture();

        assertThatThrownBy(() -> consultas.enVivo("en vivo", String.class, Object.class, Duration.ofMillis(10))
                .blockFirst(ESPERA))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @Test
    void lasEstadisticasNoEsperanAQueLosTablerosSeDesocupen() {
        consultas = new ConsultaPublicada(gateway, 1, 1);
        consultas.siempre("ocupa el bulkhead", String.class).toFuture();
        esperarHasta(() -> enCurso.get() == 1);

        assertThat(consultas.calculada("libre", String.class).block(ESPERA)).isEqualTo("libre");
        assertThat(hilos).anyMatch(h -> !h.startsWith("tableros-"));
    }

    @Test
    void porOmisionLaMitadDeLosNucleosYAlMenosUno() {
        consultas = new ConsultaPublicada(gateway, 0, 10);
        assertThat(consultas.concurrenciaDeTableros())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Test
    void unaColaVaciaNoSeAdmite() {
        assertThatThrownBy(() -> new ConsultaPublicada(gateway, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pnt.consultas.tableros.cola");
    }

    private static void esperarHasta(java.util.function.BooleanSupplier condicion) {
        long limite = System.nanoTime() + ESPERA.toNanos();
        while (!condicion.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condición no alcanzada a tiempo").isLessThan(limite);
            Mono.delay(Duration.ofMillis(5)).block();
        }
    }
}
